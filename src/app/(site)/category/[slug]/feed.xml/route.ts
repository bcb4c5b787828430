import { env } from "@/env";
import { categoryBySlug } from "@/features/categories/queries";
import { feedArticles } from "@/features/feeds/queries";
import { renderRss } from "@/features/feeds/rss";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = await categoryBySlug((await params).slug);
  if (!category)
    return new Response("No such category", {
      status: 404,
      headers: { "Content-Type": "text/plain" },
    });
  const [settings, articles] = await Promise.all([
    getSiteSettings(),
    feedArticles({ categoryId: category.id }),
  ]);
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
