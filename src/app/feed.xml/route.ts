import { env } from "@/env";
import { getFeedArticles } from "@/features/feeds/data";
import { renderRss } from "@/features/feeds/rss";
import { getSiteSettings } from "@/features/settings/data";

// Served from the cache; refreshed by tag (src/lib/cache-tags.ts) or after this many seconds.
export const revalidate = 300;

export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getFeedArticles(null)]);
  const xml = renderRss({
    siteUrl: env.SITE_URL,
    title: settings.siteName,
    description: settings.description || settings.tagline,
    selfPath: "/feed.xml",
    articles,
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/rss+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
