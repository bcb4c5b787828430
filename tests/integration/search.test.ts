// Search results: every published match counted, ranked by ts_rank_cd (title > dek > body) then
// newest first, paged without gaps or repeats, filtered by category, with highlighted snippets.
// The expected order comes from a plain reference query, so a faster query must agree with it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

let prisma: PrismaClient;
const WORD = "quokkafin";
let categoryId: number;
let otherCategoryId: number;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  prisma = createPrismaClient(inject("databaseUrl"));
  await prisma.article.deleteMany({ where: { slug: { startsWith: "srch-" } } });
  const [category, other] = await Promise.all(
    ["srch-a", "srch-b"].map((slug) =>
      prisma.category.upsert({ where: { slug }, create: { slug, name: slug }, update: {} }),
    ),
  );
  categoryId = category!.id;
  otherCategoryId = other!.id;
  const hour = 3_600_000;
  // 27 published matches with the word in the title, the dek or the body (once or repeatedly):
  // many share a rank, so the date decides between them. Plus a draft and an article that misses.
  for (let i = 0; i < 27; i++) {
    const where = i % 3;
    const repeat = 1 + (i % 4);
    const words = Array.from({ length: repeat }, () => WORD).join(" filler ");
    await prisma.article.create({
      data: {
        slug: `srch-${i}`,
        title: where === 0 ? `Title ${words}` : `Plain title ${i}`,
        dek: where === 1 ? `Dek ${words}` : "A dek",
        bodyText: where === 2 ? `Body text ${words} and more` : `Body text ${i} and more`,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - (1 + i) * hour),
        categoryId: i % 5 === 0 ? otherCategoryId : categoryId,
      },
    });
  }
  await prisma.article.create({
    data: { slug: "srch-draft", title: `Draft ${WORD}`, status: "DRAFT", categoryId },
  });
  await prisma.article.create({
    data: {
      slug: "srch-miss",
      title: "Nothing to see",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - hour),
      categoryId,
    },
  });
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: { startsWith: "srch-" } } });
  await prisma.category.deleteMany({ where: { slug: { in: ["srch-a", "srch-b"] } } });
  await prisma.$disconnect();
});

/** The ranking rule written as plainly as possible: all published matches, best first. */
async function referenceOrder(query: string, category: number | null): Promise<string[]> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM "Article"
       WHERE status = 'PUBLISHED' AND "publishedAt" <= now()
         AND search @@ websearch_to_tsquery('english', $1)
         AND ($2::int IS NULL OR "categoryId" = $2::int)
       ORDER BY ts_rank_cd(search, websearch_to_tsquery('english', $1)) DESC, "publishedAt" DESC`,
      [query, category],
    );
    return rows.map((row) => row.slug);
  } finally {
    await client.end();
  }
}

describe("searchArticles", () => {
  it("counts every published match and pages through them in rank order", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    const expected = await referenceOrder(WORD, null);
    expect(expected).toHaveLength(27);
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const result = await searchArticles({ query: WORD, page, pageSize: 10 });
      expect(result.total).toBe(27);
      seen.push(...result.hits.map((hit) => hit.slug));
    }
    expect(seen).toEqual(expected);
  });

  it("returns the hits' fields and a highlighted snippet", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    const { hits } = await searchArticles({ query: WORD, page: 1, pageSize: 10 });
    // The best hits match in the title; the snippet shows the dek and body, so take one that
    // matches there.
    const hit = hits.find((h) => h.title.startsWith("Plain title"))!;
    expect(hit).toMatchObject({ kind: "NEWS", categorySlug: expect.stringMatching(/^srch-/) });
    expect(hit.publishedAt).toBeInstanceOf(Date);
    expect(hit.snippet).toContain(`\u0002${WORD}\u0003`);
    expect(Object.keys(hit).sort()).toEqual(
      [
        "categoryName",
        "categorySlug",
        "dek",
        "id",
        "kind",
        "publishedAt",
        "slug",
        "snippet",
        "title",
      ].sort(),
    );
  });

  it("still reports the total on a page past the last one", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    const result = await searchArticles({ query: WORD, page: 9, pageSize: 10 });
    expect(result).toEqual({ total: 27, hits: [] });
  });

  it("filters by category", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    const expected = await referenceOrder(WORD, otherCategoryId);
    const result = await searchArticles({
      query: WORD,
      categoryId: otherCategoryId,
      page: 1,
      pageSize: 10,
    });
    expect(result.total).toBe(expected.length);
    expect(result.hits.map((hit) => hit.slug)).toEqual(expected);
  });

  it("keeps the vector it ranks with in the row, not in TOAST (migration search_vector_inline)", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ attstorage: string }>(
        `SELECT attstorage FROM pg_attribute
         WHERE attrelid = '"Article"'::regclass AND attname = 'search'`,
      );
      expect(rows[0]?.attstorage).toBe("m"); // STORAGE MAIN
    } finally {
      await client.end();
    }
  });

  it("finds nothing for a word no article has", async () => {
    const { searchArticles } = await import("@/features/search/queries");
    expect(await searchArticles({ query: "nonexistentword", page: 1, pageSize: 10 })).toEqual({
      total: 0,
      hits: [],
    });
  });
});
