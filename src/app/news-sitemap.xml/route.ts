import { env } from "@/env";
import { getRecentNewsArticles } from "@/features/feeds/data";
import { renderNewsSitemap } from "@/features/feeds/sitemap";
import { getSiteSettings } from "@/features/settings/data";

// Served from the cache; refreshed by tag (src/lib/cache-tags.ts) or after this many seconds.
export const revalidate = 300;

export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getRecentNewsArticles()]);
  return new Response(
    renderNewsSitemap(env.SITE_URL, { name: settings.siteName, language: "en" }, articles),
    {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Cache-Control": "public, max-age=300",
      },
    },
  );
}
