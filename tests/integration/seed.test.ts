// The demo seed on a real, freshly migrated database: what product.md's "Demo content" asks for,
// and idempotence.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import { verifyPassword } from "../../src/features/users/password";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  REFERENCE_ARTICLE_SLUG,
  seedDemo,
  type SeedSummary,
} from "../../prisma/seed-demo";

const NOW = new Date("2026-11-20T12:00:00Z");
let prisma: PrismaClient;
let first: SeedSummary;

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"));
  first = await seedDemo(prisma, { now: NOW });
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function counts() {
  return {
    users: await prisma.user.count(),
    categories: await prisma.category.count(),
    tags: await prisma.tag.count(),
    articles: await prisma.article.count(),
    media: await prisma.media.count(),
    pages: await prisma.page.count(),
    comments: await prisma.comment.count(),
    redirects: await prisma.redirect.count(),
    views: await prisma.articleView.count(),
    settings: await prisma.setting.count(),
  };
}

describe("demo seed", () => {
  it("creates the twelve News-menu entries' eleven categories, each with articles", async () => {
    const categories = await prisma.category.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        _count: { select: { articles: { where: { status: "PUBLISHED", kind: "NEWS" } } } },
      },
    });
    expect(categories.map((c) => c.slug)).toEqual([
      "bitcoin",
      "ethereum",
      "xrp",
      "altcoins",
      "nft",
      "blockchain",
      "web3",
      "defi",
      "finance",
      "stocks",
      "company",
    ]);
    for (const category of categories)
      expect(category._count.articles, category.slug).toBeGreaterThanOrEqual(3);
  });

  it("publishes at least 40 news articles over the last weeks, plus guides for Learn", async () => {
    const news = await prisma.article.findMany({
      where: { kind: "NEWS", status: "PUBLISHED" },
      select: {
        publishedAt: true,
        bodyHtml: true,
        bodyText: true,
        featuredImage: { select: { path: true, alt: true } },
      },
    });
    expect(news.length).toBeGreaterThanOrEqual(40);
    const recent = news.filter((a) => a.publishedAt! > new Date(NOW.getTime() - 48 * 3_600_000));
    expect(recent.length).toBeGreaterThanOrEqual(3); // the Google News sitemap has something to list
    for (const article of news) {
      expect(article.bodyHtml).toMatch(/<h2>/);
      expect(article.bodyText.length).toBeGreaterThan(400);
      expect(article.featuredImage?.alt.length).toBeGreaterThan(10);
      // Images are generated locally and committed, never hot-linked.
      expect(existsSync(path.join("public", article.featuredImage!.path))).toBe(true);
    }
    expect(
      await prisma.article.count({ where: { kind: "GUIDE", status: "PUBLISHED" } }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("includes the reference article exactly as product.md describes it", async () => {
    const article = await prisma.article.findUniqueOrThrow({
      where: { slug: REFERENCE_ARTICLE_SLUG },
      select: {
        title: true,
        publishedAt: true,
        contentUpdatedAt: true,
        bodyHtml: true,
        category: { select: { slug: true } },
        authors: { select: { user: { select: { name: true } } } },
        tags: { select: { tag: { select: { slug: true } } } },
        redirects: { select: { fromPath: true } },
      },
    });
    expect(article.title).toBe("Small Caps Show Strong Start in 2026, Outperforming S&P 500");
    expect(article.category.slug).toBe("stocks");
    expect(article.authors.map((a) => a.user.name)).toEqual(["News Desk"]);
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-01-27");
    expect(article.contentUpdatedAt!.getTime()).toBeGreaterThan(article.publishedAt!.getTime());
    const headings = [...article.bodyHtml.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    expect(headings.some((h) => h.includes("valuation"))).toBe(true);
    expect(headings.some((h) => h.includes("rate"))).toBe(true);
    expect(headings.some((h) => h.includes("strateg"))).toBe(true);
    for (const fact of [
      "Russell 2000",
      "IWM",
      "Magnificent Seven",
      "Vanguard",
      "Amplitude",
      "Innodata",
    ]) {
      expect(article.bodyHtml).toContain(fact);
    }
    expect(article.tags.map((t) => t.tag.slug)).toContain("small-caps");
    expect(article.redirects.map((r) => r.fromPath)).toContain(
      "/news/small-caps-strong-start-2026",
    );
  });

  it("creates the demo accounts with argon2id hashes of the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { username: account.username },
        select: { email: true, role: true, passwordHash: true },
      });
      expect(user.email).toBe(`${account.username}@example.com`);
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    const desk = await prisma.user.findUniqueOrThrow({
      where: { username: "news-desk" },
      select: { name: true, passwordHash: true },
    });
    expect(desk).toEqual({ name: "News Desk", passwordHash: null });
  });

  it("adds the static pages, settings, threaded comments and a week of views", async () => {
    const pages = await prisma.page.findMany({ select: { slug: true, bodyHtml: true } });
    expect(pages.map((p) => p.slug).sort()).toEqual([
      "about",
      "advertise",
      "contact",
      "corrections",
      "disclaimer",
      "privacy",
      "terms",
    ]);
    for (const page of pages) expect(page.bodyHtml.length).toBeGreaterThan(200);
    const siteName = await prisma.setting.findUniqueOrThrow({ where: { key: "siteName" } });
    expect(siteName.value).toBe("CoinMela");
    expect(await prisma.comment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.comment.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    const since = new Date(NOW.getTime() - 7 * 86_400_000);
    expect(await prisma.articleView.count({ where: { day: { gte: since } } })).toBeGreaterThan(100);
  });

  it("is idempotent: a second run adds nothing and keeps edits", async () => {
    const before = await counts();
    await prisma.category.update({ where: { slug: "defi" }, data: { name: "DeFi & Lending" } });
    const second = await seedDemo(prisma, { now: new Date(NOW.getTime() + 60_000) });
    expect(second.created).toEqual({ articles: 0, users: 0, comments: 0 });
    expect(await counts()).toEqual(before);
    expect((await prisma.category.findUniqueOrThrow({ where: { slug: "defi" } })).name).toBe(
      "DeFi & Lending",
    );
    expect(first.created.articles).toBe(first.articles);
  });

  it("fills the weighted full-text column: a title match outranks body matches", async () => {
    const rows = await prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Article"
      WHERE search @@ websearch_to_tsquery('english', 'small caps outperforming')
      ORDER BY ts_rank(search, websearch_to_tsquery('english', 'small caps outperforming')) DESC
      LIMIT 3`;
    expect(rows[0]?.slug).toBe(REFERENCE_ARTICLE_SLUG);
  });
});
