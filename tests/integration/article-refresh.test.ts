// refreshArticlePages against real PostgreSQL: the snapshots it reads (public or not, previous and
// next neighbours, most read) and the exact cache tags it expires for an unpublish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { expiries, forgetExpiredTags } from "./stand-ins";

let prisma: PrismaClient;
const ids: Record<string, number> = {};
// Dated long ago so articles other test files create never sit between them.
const day = (n: number) => new Date(Date.UTC(2001, 0, n, 12));

beforeAll(async () => {
  prisma = useTestDatabase();
  const category = await prisma.category.create({ data: { slug: "rf-cat", name: "Refresh" } });
  const tag = await prisma.tag.create({ data: { slug: "rf-tag", name: "Refresh tag" } });
  const author = await prisma.user.create({
    data: { username: "rf-author", email: "rf-author@example.com", name: "Refresh Author" },
  });
  for (const [slug, n, status] of [
    ["rf-older", 1, "PUBLISHED"],
    ["rf-middle", 2, "PUBLISHED"],
    ["rf-newer", 3, "PUBLISHED"],
    ["rf-draft", 4, "DRAFT"],
  ] as const) {
    const article = await prisma.article.create({
      data: {
        slug,
        title: slug,
        status,
        publishedAt: status === "PUBLISHED" ? day(n) : null,
        categoryId: category.id,
        tags: { create: { tagId: tag.id } },
        authors: { create: { userId: author.id } },
      },
    });
    ids[slug] = article.id;
  }
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: { startsWith: "rf-" } } });
  await prisma.user.deleteMany({ where: { username: "rf-author" } });
  await prisma.tag.deleteMany({ where: { slug: "rf-tag" } });
  await prisma.category.deleteMany({ where: { slug: "rf-cat" } });
  await prisma.$disconnect();
});

describe("article snapshots and refresh", () => {
  it("reads what readers see: public state and the neighbours whose links point at it", async () => {
    const { readArticleSnapshot } = await import("@/features/articles/after-change");
    const middle = await readArticleSnapshot(ids["rf-middle"]!);
    expect(middle).toMatchObject({
      slug: "rf-middle",
      kind: "NEWS",
      categorySlug: "rf-cat",
      tagSlugs: ["rf-tag"],
      authorUsernames: ["rf-author"],
      isPublic: true,
      isPopular: false,
    });
    expect(middle!.neighbourSlugs.sort()).toEqual(["rf-newer", "rf-older"]);
    const draft = await readArticleSnapshot(ids["rf-draft"]!);
    expect(draft).toMatchObject({ isPublic: false, neighbourSlugs: [] });
    expect(await readArticleSnapshot(999_999_999)).toBeNull();
  });

  it("unpublishing expires the article, its neighbours and its lists at once", async () => {
    const { readArticleSnapshot, refreshArticlePages } =
      await import("@/features/articles/after-change");
    const id = ids["rf-middle"]!;
    const before = await readArticleSnapshot(id);
    await prisma.article.update({ where: { id }, data: { status: "DRAFT" } });
    const after = await readArticleSnapshot(id);
    forgetExpiredTags();
    const tags = await refreshArticlePages(before, after);
    expect(tags).toEqual([
      "article:rf-middle",
      "article:rf-newer",
      "article:rf-older",
      "author:rf-author",
      "authors",
      "category:rf-cat",
      "feeds",
      "home",
      "news",
      "redirects",
      "sitemaps",
      "tag:rf-tag",
    ]);
    // Expired, not merely marked stale: the very next request rebuilds the page.
    expect(expiries()).toEqual(tags.map((tag) => ({ tag, profile: { expire: 0 } })));
  });

  it("an article among the most read also refreshes Popular News", async () => {
    const { readArticleSnapshot, tagsForArticleChange } = await Promise.all([
      import("@/features/articles/after-change"),
      import("@/features/articles/refresh-rules"),
    ]).then(([refresh, rules]) => ({ ...refresh, ...rules }));
    const id = ids["rf-newer"]!;
    const today = new Date(new Date().toISOString().slice(0, 10));
    await prisma.articleView.create({ data: { articleId: id, day: today, count: 10_000_000 } });
    const snapshot = await readArticleSnapshot(id);
    expect(snapshot?.isPopular).toBe(true);
    expect(tagsForArticleChange(snapshot, { ...snapshot!, isPublic: false })).toContain("popular");
  });
});
