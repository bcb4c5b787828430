// Unpublished and scheduled articles appear nowhere public: pages' queries, search, feeds,
// sitemaps and the JSON API all see exactly the published ones.
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

let prisma: PrismaClient;
const hidden = ["vis-draft", "vis-scheduled", "vis-archived", "vis-future"];
const visible = "vis-published-now";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  prisma = createPrismaClient(inject("databaseUrl"));
  const category = await prisma.category.upsert({
    where: { slug: "vis-test" },
    create: { slug: "vis-test", name: "Visibility" },
    update: {},
  });
  const tag = await prisma.tag.upsert({
    where: { slug: "vis-tag" },
    create: { slug: "vis-tag", name: "Vis" },
    update: {},
  });
  const future = new Date(Date.now() + 86_400_000);
  const rows = [
    { slug: visible, status: "PUBLISHED" as const, publishedAt: new Date(Date.now() - 3_600_000) },
    { slug: "vis-draft", status: "DRAFT" as const, publishedAt: null },
    {
      slug: "vis-scheduled",
      status: "SCHEDULED" as const,
      publishedAt: null,
      scheduledFor: future,
    },
    {
      slug: "vis-archived",
      status: "ARCHIVED" as const,
      publishedAt: new Date(Date.now() - 7_200_000),
    },
    // Published status with a future date is still not public until that moment.
    { slug: "vis-future", status: "PUBLISHED" as const, publishedAt: future },
  ];
  for (const row of rows) {
    await prisma.article.deleteMany({ where: { slug: row.slug } });
    await prisma.article.create({
      data: {
        ...row,
        title: `Zebracorn visibility ${row.slug}`,
        dek: "zebracorn",
        bodyText: "zebracorn body",
        bodyHtml: "<p>zebracorn body</p>",
        categoryId: category.id,
        tags: { create: [{ tagId: tag.id }] },
      },
    });
  }
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: { startsWith: "vis-" } } });
  await prisma.$disconnect();
});

const slugsIn = (items: { slug: string }[]) =>
  items.map((item) => item.slug).filter((slug) => slug.startsWith("vis-"));

describe("only published articles are public", () => {
  it("in lists, archives and the article lookup", async () => {
    const q = await import("@/features/articles/queries");
    const category = await prisma.category.findUniqueOrThrow({ where: { slug: "vis-test" } });
    expect(
      slugsIn(
        (await q.publishedArticlePage({ page: 1, pageSize: 50, categoryId: category.id })).articles,
      ),
    ).toEqual([visible]);
    expect(slugsIn(await q.latestPublishedArticles(200))).toEqual([visible]);
    for (const slug of hidden) expect(await q.publishedArticleBySlug(slug)).toBeNull();
    expect(await q.publishedArticleBySlug(visible)).not.toBeNull();
  });

  it("in search", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    const result = await searchArticles({ query: "zebracorn", page: 1, pageSize: 20 });
    expect(slugsIn(result.hits)).toEqual([visible]);
    expect(result.hits[0]?.snippet).toContain("\u0002zebracorn\u0003");
  });

  it("in feeds and sitemaps, which parse as XML", async () => {
    const feeds = await import("@/features/feeds/queries");
    const { renderRss } = await import("@/features/feeds/rss");
    const { collectSitemapUrls, renderSitemap, renderNewsSitemap } =
      await import("@/features/feeds/sitemap");
    const parser = new XMLParser({ ignoreAttributes: false });

    const rss = parser.parse(
      renderRss({
        siteUrl: "https://n.example",
        title: "T & <T>",
        description: "d",
        selfPath: "/feed.xml",
        articles: await feeds.feedArticles({ limit: 500 }),
      }),
    );
    const links: string[] = [rss.rss.channel.item]
      .flat()
      .map((item: { link: string }) => item.link);
    expect(links.filter((l) => l.includes("/vis-"))).toEqual([`https://n.example/news/${visible}`]);
    expect(rss.rss.channel.title).toBe("T & <T>");

    const urls = collectSitemapUrls("https://n.example", await feeds.sitemapEntries());
    const sitemap = parser.parse(renderSitemap("https://n.example", urls));
    const locs: string[] = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(locs.filter((l) => l.includes("/news/vis-"))).toEqual([
      `https://n.example/news/${visible}`,
    ]);

    const news = parser.parse(
      renderNewsSitemap(
        "https://n.example",
        { name: "CoinMela", language: "en" },
        await feeds.recentNewsArticles(),
      ),
    );
    const newsLocs: string[] = [news.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(newsLocs.filter((l) => l.includes("/news/vis-"))).toEqual([
      `https://n.example/news/${visible}`,
    ]);
    const entry = [news.urlset.url].flat().find((u: { loc: string }) => u.loc.endsWith(visible));
    expect(entry["news:news"]["news:publication"]["news:name"]).toBe("CoinMela");
    expect(entry["news:news"]["news:title"]).toBe(`Zebracorn visibility ${visible}`);
  });

  it("in the JSON API", async () => {
    const api = await import("@/features/articles/api-queries");
    const list = await api.listArticlesForApi({ page: 1, perPage: 50, tag: "vis-tag" });
    expect(list.articles.map((a) => a.slug)).toEqual([visible]);
    expect(list.total).toBe(1);
    for (const slug of hidden) expect(await api.articleForApi(slug)).toBeNull();
    const one = await api.articleForApi(visible);
    expect(one?.bodyHtml).toBe("<p>zebracorn body</p>");
    expect(JSON.stringify(one)).not.toMatch(/passwordHash|email/);
  });
});
