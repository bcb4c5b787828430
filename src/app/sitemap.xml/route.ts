import { env } from "@/env";
import { getSitemapEntries } from "@/features/feeds/data";
import { collectSitemapUrls, renderSitemap } from "@/features/feeds/sitemap";

// Served from the cache; refreshed by tag (src/lib/cache-tags.ts) or after this many seconds.
export const revalidate = 300;

export async function GET() {
  const urls = collectSitemapUrls(env.SITE_URL, await getSitemapEntries());
  return new Response(renderSitemap(env.SITE_URL, urls), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=600",
    },
  });
}
