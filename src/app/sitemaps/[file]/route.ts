import { env } from "@/env";
import { getSitemapEntries } from "@/features/feeds/data";
import { collectSitemapUrls, renderUrlset, sitemapChunk } from "@/features/feeds/sitemap";

// Rendered on request from cached data: this URL takes any slug, and a page-cache entry per
// made-up slug would grow without bound.
export const dynamic = "force-dynamic";

/** /sitemaps/<n>.xml — one file of a sitemap split past 50,000 URLs. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
  const urls = collectSitemapUrls(env.SITE_URL, await getSitemapEntries());
  const chunk = match ? sitemapChunk(urls, Number(match[1])) : null;
  if (!chunk)
    return new Response("No such sitemap file", {
      status: 404,
      headers: { "Content-Type": "text/plain" },
    });
  return new Response(renderUrlset(chunk), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=600",
    },
  });
}
