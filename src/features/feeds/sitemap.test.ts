import { describe, expect, it } from "vitest";
import { renderSitemap, SITEMAP_LIMIT, sitemapChunk, sitemapFileCount } from "./sitemap";

const urls = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ loc: `https://n.example/news/a-${i}` }));

describe("sitemap splitting", () => {
  it("serves one urlset up to the protocol's limit", () => {
    const xml = renderSitemap("https://n.example", urls(SITEMAP_LIMIT));
    expect(xml).toContain("<urlset");
    expect(xml.match(/<url>/g)).toHaveLength(SITEMAP_LIMIT);
  });

  it("switches to an index of numbered files past it", () => {
    const all = urls(SITEMAP_LIMIT * 2 + 1);
    expect(sitemapFileCount(all.length)).toBe(3);
    const xml = renderSitemap("https://n.example", all);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<loc>https://n.example/sitemaps/3.xml</loc>");
    expect(sitemapChunk(all, 3)).toHaveLength(1);
    expect(sitemapChunk(all, 1)).toHaveLength(SITEMAP_LIMIT);
    expect(sitemapChunk(all, 4)).toBeNull();
    expect(sitemapChunk(all, 0)).toBeNull();
  });
});
