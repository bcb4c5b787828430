import { articleUrl } from "@/features/articles/urls";
import type { sitemapEntries } from "./queries";
import { escapeXml } from "./xml";

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
}

export function collectSitemapUrls(
  siteUrl: string,
  data: Awaited<ReturnType<typeof sitemapEntries>>,
): SitemapUrl[] {
  const at = (path: string) => new URL(path, siteUrl).toString();
  const newest = data.articles[0]?.publishedAt ?? undefined;
  return [
    { loc: at("/"), lastmod: newest },
    { loc: at("/news"), lastmod: newest },
    { loc: at("/learn") },
    ...data.categories.map((c) => ({ loc: at(`/category/${c.slug}`) })),
    ...data.articles.map((a) => ({
      loc: at(articleUrl(a)),
      lastmod: a.contentUpdatedAt ?? a.publishedAt ?? undefined,
    })),
    ...data.tags.map((t) => ({ loc: at(`/tag/${t.slug}`) })),
    ...data.authors.map((a) => ({ loc: at(`/author/${a.username}`) })),
    ...data.pages.map((p) => ({ loc: at(`/${p.slug}`), lastmod: p.updatedAt })),
  ];
}

export function sitemapFileCount(urlCount: number): number {
  return Math.max(1, Math.ceil(urlCount / SITEMAP_LIMIT));
}

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls
    .map(
      (url) =>
        `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod.toISOString()}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>`;
}

export function renderSitemapIndex(siteUrl: string, files: number): string {
  const body = Array.from({ length: files }, (_, index) => {
    const loc = new URL(`/sitemaps/${index + 1}.xml`, siteUrl).toString();
    return `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>`;
}

/** /sitemap.xml: the URLs themselves while they fit one file, else an index of numbered files. */
export function renderSitemap(siteUrl: string, urls: SitemapUrl[]): string {
  const files = sitemapFileCount(urls.length);
  return files === 1 ? renderUrlset(urls) : renderSitemapIndex(siteUrl, files);
}

/** File `n` (from 1) of a split sitemap, or null when there is no such file. */
export function sitemapChunk(urls: SitemapUrl[], n: number): SitemapUrl[] | null {
  if (!Number.isInteger(n) || n < 1 || n > sitemapFileCount(urls.length)) return null;
  return urls.slice((n - 1) * SITEMAP_LIMIT, n * SITEMAP_LIMIT);
}

export function renderNewsSitemap(
  siteUrl: string,
  publication: { name: string; language: string },
  articles: { slug: string; kind: "NEWS" | "GUIDE"; title: string; publishedAt: Date | null }[],
): string {
  const body = articles
    .map((article) =>
      [
        "<url>",
        `<loc>${escapeXml(new URL(articleUrl(article), siteUrl).toString())}</loc>`,
        "<news:news>",
        `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${publication.language}</news:language></news:publication>`,
        `<news:publication_date>${article.publishedAt!.toISOString()}</news:publication_date>`,
        `<news:title>${escapeXml(article.title)}</news:title>`,
        "</news:news>",
        "</url>",
      ].join(""),
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>`;
}
