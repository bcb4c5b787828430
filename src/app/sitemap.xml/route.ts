import { env } from "@/env";
import { sitemapEntries } from "@/features/feeds/queries";
import { collectSitemapUrls, renderSitemap } from "@/features/feeds/sitemap";

export const dynamic = "force-dynamic";

export async function GET() {
  const urls = collectSitemapUrls(env.SITE_URL, await sitemapEntries());
  return new Response(renderSitemap(env.SITE_URL, urls), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=600",
    },
  });
}
