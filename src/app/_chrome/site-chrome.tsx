import type { ReactNode } from "react";
import { getNavigationCategories } from "@/features/categories/data";
import { TickerStrip } from "@/features/market/components/ticker-strip";
import { getTickerSnapshot } from "@/features/market/data";
import { refreshSeconds } from "@/features/market/prices";
import { getSiteSettings } from "@/features/settings/data";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main and footer of every public page — also used by the 404 and error pages. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  // The ticker comes from the data cache like the rest of the chrome (never from request data),
  // so every page that shows it stays cacheable.
  const [settings, categories, prices] = await Promise.all([
    getSiteSettings(),
    getNavigationCategories(),
    getTickerSnapshot(),
  ]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader
        settings={settings}
        categories={categories}
        ticker={
          <TickerStrip
            initial={prices}
            refreshMs={refreshSeconds * 1000}
            timeZone={settings.timeZone}
          />
        }
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} categories={categories} />
    </>
  );
}
