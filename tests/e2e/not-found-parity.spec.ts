import { expect, test } from "@playwright/test";
import { sql } from "./fixtures";

// Issue 12, finding 3: an unpublished article's URL, or a byline page of a user with no published
// article, must answer exactly what a slug that never existed answers (status, cache headers and
// body), so that nobody can probe for drafts, scheduled stories or account names.

interface Answer {
  status: number;
  cacheControl: string | null;
  contentType: string | null;
  body: string;
}

async function answer(baseURL: string, path: string): Promise<Answer> {
  const response = await fetch(new URL(path, baseURL), { redirect: "manual" });
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    contentType: response.headers.get("content-type"),
    body: await response.text(),
  };
}

test("drafts, scheduled articles and authors without published articles answer like unknown slugs", async ({
  baseURL,
}) => {
  const run = `nf${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  // Slugs of one length, so that a body that echoed its own URL would not hide behind lengths.
  const draftSlug = `${run}-draft`;
  const scheduledSlug = `${run}-sched`;
  const unknownSlug = `${run}-nopub`;
  const [category] = await sql<{ id: number }>(`SELECT id FROM "Category" ORDER BY id LIMIT 1`);
  const [user] = await sql<{ id: number }>(
    `INSERT INTO "User" (username, email, name, role, "updatedAt")
     VALUES ($1, $2, 'Unpublished Writer', 'CONTRIBUTOR', now()) RETURNING id`,
    [`${run}-writer`, `${run}@example.com`],
  );
  const articles = await sql<{ id: number }>(
    `INSERT INTO "Article" (slug, title, status, "scheduledFor", "categoryId", "updatedAt")
     VALUES ($1, 'A draft', 'DRAFT', NULL, $3, now()),
            ($2, 'Scheduled', 'SCHEDULED', now() + interval '30 days', $3, now())
     RETURNING id`,
    [draftSlug, scheduledSlug, category!.id],
  );
  // The writer is credited on both: a byline exists, but nothing of theirs is public.
  for (const article of articles) {
    await sql(`INSERT INTO "ArticleAuthor" ("articleId", "userId") VALUES ($1, $2)`, [
      article.id,
      user!.id,
    ]);
  }
  try {
    const base = baseURL!;
    const unknownArticle = await answer(base, `/news/${unknownSlug}`);
    expect(unknownArticle.status).toBe(404);
    for (const path of [
      `/news/${draftSlug}`,
      `/news/${scheduledSlug}`,
      `/learn/${draftSlug}`,
      `/learn/${unknownSlug}`,
    ]) {
      expect(await answer(base, path), path).toEqual(unknownArticle);
    }

    const unknownAuthor = await answer(base, `/author/${run}-nobody`);
    expect(unknownAuthor.status).toBe(404);
    expect(await answer(base, `/author/${run}-writer`)).toEqual(unknownAuthor);
    // The same page as an unknown article's: one 404 for every slug URL.
    expect(unknownAuthor).toEqual(unknownArticle);

    const unknownApi = await answer(base, `/api/articles/${unknownSlug}`);
    expect(unknownApi.status).toBe(404);
    expect(await answer(base, `/api/articles/${draftSlug}`)).toEqual(unknownApi);
    expect(await answer(base, `/api/articles/${scheduledSlug}`)).toEqual(unknownApi);
  } finally {
    await sql(`DELETE FROM "Article" WHERE slug IN ($1, $2)`, [draftSlug, scheduledSlug]);
    await sql(`DELETE FROM "User" WHERE id = $1`, [user!.id]);
  }
});
