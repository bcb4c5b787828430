import { env } from "@/env";
import { getCategory } from "@/features/categories/data";
import { getFeedArticles } from "@/features/feeds/data";
import { renderRss } from "@/features/feeds/rss";
import { getSiteSettings } from "@/features/settings/data";

// Rendered on request from cached data: this URL takes any slug, and a page-cache entry per
// made-up slug would grow without bound.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = await getCategory((await params).slug);
  if (!category)
    return new Response("No such category", {
      status: 404,
      headers: { "Content-Type": "text/plain" },
    });
  const [settings, articles] = await Promise.all([getSiteSettings(), getFeedArticles(category.id)]);
  const xml = renderRss({
    siteUrl: env.SITE_URL,
    title: `${category.name} — ${settings.siteName}`,
    description: category.description || `${category.name} news from ${settings.siteName}`,
    selfPath: `/category/${category.slug}/feed.xml`,
    articles,
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/rss+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
