// GET /api/articles and /api/articles/<slug> through their route handlers (src/lib/api-route.ts)
// on real PostgreSQL: public cache headers on success, 422 with the parameter at fault for a bad
// query, and the same 404 for a draft as for a slug nobody has.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import { makeArticle, makeAuthor, makeCategory } from "./article-fixtures";

vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const CACHE = "public, s-maxage=60, stale-while-revalidate=300";
const run = `api-${Date.now().toString(36)}`;
let prisma: PrismaClient;
let live: { slug: string };
let draft: { slug: string };
let categoryId: number;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  prisma = createPrismaClient(inject("databaseUrl"));
  categoryId = (await makeCategory(prisma, run)).id;
  const author = await makeAuthor(prisma, run);
  live = await makeArticle(prisma, `${run}-live`, {
    authorId: author.id,
    status: "PUBLISHED",
    categoryId,
  });
  draft = await makeArticle(prisma, `${run}-draft`, { authorId: author.id, categoryId });
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: { contains: run } } });
  await prisma.category.deleteMany({ where: { id: categoryId } });
  await prisma.user.deleteMany({ where: { username: `author-${run}` } });
  await prisma.$disconnect();
});

async function list(query: string) {
  const { GET } = await import("@/app/api/articles/route");
  return GET(new NextRequest(`http://localhost/api/articles${query}`), {
    params: Promise.resolve({}),
  });
}

async function one(slug: string) {
  const { GET } = await import("@/app/api/articles/[slug]/route");
  return GET(new NextRequest(`http://localhost/api/articles/${slug}`), {
    params: Promise.resolve({ slug }),
  });
}

describe("GET /api/articles", () => {
  it("lists published articles with public cache headers", async () => {
    const response = await list(`?category=cat-${run}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(CACHE);
    const body = (await response.json()) as { articles: { slug: string }[] };
    const slugs = body.articles.map((a) => a.slug);
    expect(slugs).toEqual([live.slug]);
  });

  it("answers a bad query with 422 and the parameter at fault", async () => {
    const response = await list("?page=0&tag=Not%20A%20Slug");
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as { error: string; issues: { field: string }[] };
    expect(body.error).toBe("Invalid query");
    expect(body.issues.map((i) => i.field).sort()).toEqual(["page", "tag"]);
  });
});

describe("GET /api/articles/<slug>", () => {
  it("answers a published article with public cache headers", async () => {
    const response = await one(live.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(CACHE);
    expect(((await response.json()) as { slug: string }).slug).toBe(live.slug);
  });

  it("answers a draft exactly like a slug nobody has", async () => {
    const answer = async (slug: string) => {
      const response = await one(slug);
      return { status: response.status, body: await response.text() };
    };
    const unknown = await answer(`${run}-nobody`);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({ error: "No published article has that slug" });
    expect(await answer(draft.slug)).toEqual(unknown);
    expect(await answer("Not%20a%20slug")).toEqual(unknown);
  });
});
