import { env } from "@/env";
import { feedArticles } from "@/features/feeds/queries";
import { renderRss } from "@/features/feeds/rss";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), feedArticles()]);
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
