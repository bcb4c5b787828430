import type { Metadata } from "next";
import { SearchForm } from "@/app/_chrome/search-form";
import { SiteChrome } from "@/app/_chrome/site-chrome";
import { LatestNewsClient } from "@/features/articles/components/latest-news-client";
import { getSiteSettings } from "@/features/settings/data";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** The 404 body: search, and the latest news. Also used inside the site layout. */
export async function NotFoundContent() {
  const settings = await getSiteSettings();
  return (
    <>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-blue-300">
          Error 404
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight">We couldn’t find that page</h1>
        <p className="mt-3 text-neutral-700 dark:text-neutral-300">
          The link may be old, or the article may have moved. Try searching for it:
        </p>
        <SearchForm label="Find the page" inputId="not-found-search" className="mt-4 flex gap-2" />
        <LatestNewsClient limit={5} timeZone={settings.timeZone} />
      </div>
    </>
  );
}

// URLs that match no route at all render here, outside the site layout, so it adds the chrome.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
