import { readdir } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { tagsForArticleChange } from "@/features/articles/refresh-rules";
import { readArticleSnapshot } from "@/features/articles/snapshot-queries";
import { createPrismaClient } from "@/lib/prisma-client";

// Changes an article in the database, then refreshes the cache the way every change does (the
// tags of refresh-rules.ts, expired through POST /api/revalidate), and checks what readers get
// on the very next request. Serial: it unpublishes an article for a moment.
test.describe.configure({ mode: "serial" });

const SLUG = "dollar-weakens-as-traders-price-in-slower-u-s-growth";
const URL_PATH = `/news/${SLUG}`;
const LISTS = [
  "/",
  "/news",
  "/news?page=2",
  "/news?page=3",
  "/news?page=4",
  "/category/finance",
  "/tag/macro",
  "/tag/interest-rates",
  "/author/maya-okafor",
  "/feed.xml",
  "/category/finance/feed.xml",
  "/sitemap.xml",
];

const databaseUrl = process.env.E2E_DATABASE_URL;
const secret = process.env.E2E_REVALIDATE_SECRET;

test("unpublishing takes an article off every public page on the next request, and only those pages refresh", async ({
  request,
}) => {
  expect(databaseUrl, "run through npm run test:e2e").toBeTruthy();
  const db = createPrismaClient(databaseUrl!);
  const revalidate = async (tags: string[]) => {
    const response = await request.post("/api/revalidate", {
      headers: { Authorization: `Bearer ${secret}` },
      data: { tags },
    });
    expect(response.status()).toBe(200);
  };
  const body = async (path: string) => (await request.get(path)).text();
  const cacheState = async (path: string) =>
    (await request.get(path)).headers()["x-nextjs-cache"] ?? "none";

  const { id } = await db.article.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true },
  });
  try {
    // Warm the caches: the article and the lists that show it.
    expect((await request.get(URL_PATH)).status()).toBe(200);
    expect(await body("/category/finance")).toContain(SLUG);
    expect(await body("/sitemap.xml")).toContain(SLUG);
    const unrelated = "/learn/stablecoins-explained"; // other section, category and tags
    await request.get(unrelated);
    expect(await cacheState(unrelated)).toBe("HIT");

    const before = await readArticleSnapshot(db, id);
    await db.article.update({ where: { id }, data: { status: "DRAFT" } });
    const after = await readArticleSnapshot(db, id);
    const tags = tagsForArticleChange(before, after);
    expect(tags).toEqual(expect.arrayContaining([`article:${SLUG}`, "category:finance", "feeds"]));
    expect(tags, "not among the most read, so sidebars stay cached").not.toContain("popular");
    await revalidate(tags);

    expect((await request.get(URL_PATH)).status()).toBe(404);
    for (const path of LISTS) {
      expect(await body(path), `${path} still lists the unpublished article`).not.toContain(SLUG);
    }
    // A page that never showed the article was not rebuilt.
    expect(await cacheState(unrelated)).toBe("HIT");
  } finally {
    const before = await readArticleSnapshot(db, id);
    await db.article.update({ where: { id }, data: { status: "PUBLISHED" } });
    await revalidate(tagsForArticleChange(before, await readArticleSnapshot(db, id)));
    await db.$disconnect();
  }
  expect((await request.get(URL_PATH)).status()).toBe(200);
  expect(await body("/category/finance")).toContain(SLUG);
});

test("the revalidation route refuses a wrong secret and names bad tags", async ({ request }) => {
  const wrong = await request.post("/api/revalidate", {
    headers: { Authorization: "Bearer not-the-secret" },
    data: { tags: ["home"] },
  });
  expect(wrong.status()).toBe(401);
  const bad = await request.post("/api/revalidate", {
    headers: { Authorization: `Bearer ${secret}` },
    data: { tags: ["home", "DROP TABLE"] },
  });
  expect(bad.status()).toBe(422);
  expect(JSON.stringify(await bad.json())).toContain("not a cache tag of this site");
});

test("made-up article slugs are answered 404 without creating cache entries", async ({
  request,
}) => {
  const slug = `no-such-article-${Date.now()}`;
  for (let i = 0; i < 2; i++) {
    const response = await request.get(`/news/${slug}`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("We couldn’t find that page");
  }
  // The server under test runs from this checkout's build.
  const cached = await readdir(".next", { recursive: true });
  expect(cached.filter((file) => file.includes(slug))).toEqual([]);
});
