import type { ReactNode } from "react";
import { getNavigationCategories } from "@/features/categories/data";
import { getSiteSettings } from "@/features/settings/data";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main and footer of every public page — also used by the 404 and error pages. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [settings, categories] = await Promise.all([getSiteSettings(), getNavigationCategories()]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader settings={settings} categories={categories} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} categories={categories} />
    </>
  );
}
