// The article admin against real PostgreSQL, its server actions called directly: version-checked
// saves (a stale save is a conflict and changes nothing), revisions and restoring them, redirects
// for renamed live articles, the workflow's permission checks, scheduling in the site's zone, and
// that an unpublished article is gone from the public reads at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ActionsModule from "@/features/articles/admin-actions";
import type { EditorArticle } from "@/features/articles/admin-queries";
import type * as QueriesModule from "@/features/articles/queries";
import { zonedTimeToInstant, instantToZonedTime } from "@/lib/zoned-time";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { type TestAccount, upsertAccounts } from "./test-accounts";
import { expiredTags, forgetExpiredTags, signIn, signOut, simulateRequest } from "./stand-ins";
import { newArticleFields } from "../fixtures/article-fields";
import { editorInput, makeArticle, makeCategory } from "./article-fixtures";

simulateRequest({ ip: "203.0.113.9" });

let prisma: PrismaClient;
let actions: typeof ActionsModule;
let queries: typeof QueriesModule;
const users = {} as Record<"editor" | "editor2" | "contributor" | "other", TestAccount>;
const run = Date.now().toString(36);
let categoryId: number;
const as = (who: keyof typeof users) => signIn(users[who]);

beforeAll(async () => {
  prisma = useTestDatabase();
  actions = await import("@/features/articles/admin-actions");
  queries = await import("@/features/articles/queries");
  const accounts = await upsertAccounts(
    prisma,
    `aa-${run}`,
    { editor: "EDITOR", editor2: "EDITOR", contributor: "CONTRIBUTOR", other: "CONTRIBUTOR" },
    (key) => ({ name: `AA ${key}` }),
  );
  Object.assign(users, accounts);
  categoryId = (await makeCategory(prisma, `aa-${run}`)).id;
});

afterAll(async () => {
  const ids = Object.values(users).map((u) => u.id);
  await prisma.article.deleteMany({ where: { authors: { some: { userId: { in: ids } } } } });
  await prisma.auditLog.deleteMany({ where: { actorId: { in: ids } } });
  await prisma.articleRevision.deleteMany({ where: { editorId: { in: ids } } });
  await prisma.user.deleteMany({ where: { id: { in: ids } } });
  await prisma.category.deleteMany({ where: { id: categoryId } });
  await prisma.tag.deleteMany({ where: { slug: { startsWith: `aa-tag-${run}` } } });
  await prisma.$disconnect();
});

let counter = 0;
const fresh = (status: "DRAFT" | "PUBLISHED" = "DRAFT", authorId = users.editor.id) =>
  makeArticle(prisma, `aa-${run}-${counter++}`, { authorId, status, categoryId });

describe("saving", () => {
  it("creates an article with its first revision, tags and audit entry", async () => {
    as("editor");
    const slug = `aa-created-${run}`;
    const result = await actions.saveArticleAction({
      id: null,
      version: null,
      fields: newArticleFields({
        title: "Created here",
        dek: "Dek",
        slug,
        bodySource: "Hello <script>alert(1)</script> **world**",
        categoryId,
        newTags: [`AA Tag ${run}`],
        authorIds: [users.editor.id, users.other.id],
      }),
    });
    expect(result.status).toBe("ok");
    const row = await prisma.article.findUniqueOrThrow({
      where: { slug },
      select: {
        id: true,
        status: true,
        version: true,
        bodyHtml: true,
        authors: { orderBy: { position: "asc" }, select: { userId: true } },
        tags: { select: { tag: { select: { slug: true } } } },
        revisions: { select: { version: true, title: true } },
      },
    });
    expect(row.status).toBe("DRAFT");
    expect(row.bodyHtml).toContain("<strong>world</strong>");
    expect(row.bodyHtml).not.toContain("<script");
    expect(row.authors.map((a) => a.userId)).toEqual([users.editor.id, users.other.id]);
    expect(row.tags.map((t) => t.tag.slug)).toEqual([`aa-tag-${run}`]);
    expect(row.revisions).toEqual([{ version: 1, title: "Created here" }]);
    const audit = await prisma.auditLog.findFirst({
      where: { entityType: "article", entityId: String(row.id), action: "article.create" },
    });
    expect(audit?.actorId).toBe(users.editor.id);
  });

  it("refuses a slug another article has, next to the slug field", async () => {
    as("editor");
    const [a, b] = [await fresh(), await fresh()];
    const result = await actions.saveArticleAction(
      await editorInput(prisma, b.id, { slug: a.slug }),
    );
    expect(result).toMatchObject({ status: "error", code: 422 });
    expect(result.status === "error" && result.fieldErrors?.slug).toMatch(/already uses/);
  });

  it("answers field errors for bad input, and 401 without a session", async () => {
    as("editor");
    const article = await fresh();
    const bad = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { title: " ", slug: "Not A Slug", sponsored: true }),
    );
    expect(bad).toMatchObject({ status: "error", code: 422 });
    if (bad.status === "error") {
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["slug", "sponsorName", "title"]);
    }
    signOut();
    const anonymous = await actions.saveArticleAction(await editorInput(prisma, article.id));
    expect(anonymous).toMatchObject({ status: "error", code: 401 });
  });
});

describe("conflicts", () => {
  it("keeps the first of two saves from the same version and answers the second with a conflict", async () => {
    const article = await fresh();
    const base = await editorInput(prisma, article.id);
    as("editor");
    const first = await actions.saveArticleAction({
      ...base,
      fields: { ...base.fields, title: "Mine first" },
    });
    expect(first.status).toBe("ok");
    as("editor2");
    const second = await actions.saveArticleAction({
      ...base,
      fields: { ...base.fields, title: "Second, stale" },
    });
    expect(second).toMatchObject({ status: "error", code: 409 });
    if (second.status === "error") {
      const theirs = second.detail as EditorArticle;
      expect(theirs.fields.title).toBe("Mine first");
      expect(theirs.version).toBe(base.version + 1);
      expect(second.message).toMatch(/AA editor/);
    }
    const row = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.title).toBe("Mine first");
    expect(row.version).toBe(base.version + 1);
    expect(await prisma.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("treats a status change from a stale version as a conflict too", async () => {
    const article = await fresh("PUBLISHED");
    as("editor");
    await actions.saveArticleAction(await editorInput(prisma, article.id, { dek: "changed" }));
    const stale = await actions.unpublishArticleAction({
      id: article.id,
      version: article.version,
    });
    expect(stale).toMatchObject({ status: "error", code: 409 });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "PUBLISHED",
    );
  });
});

describe("revisions", () => {
  it("restores an old revision as a new save through the version check", async () => {
    as("editor");
    const article = await fresh();
    const v2 = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { title: "Version two", bodySource: "Two." }),
    );
    expect(v2.status).toBe("ok");
    const v3 = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { title: "Version three", bodySource: "Three." }),
    );
    expect(v3.status).toBe("ok");
    const old = await prisma.articleRevision.findFirstOrThrow({
      where: { articleId: article.id, title: "Version two" },
    });
    const current = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });

    const stale = await actions.restoreRevisionAction({
      articleId: article.id,
      revisionId: old.id,
      version: current.version - 1,
    });
    expect(stale).toMatchObject({ status: "error", code: 409 });

    const restored = await actions.restoreRevisionAction({
      articleId: article.id,
      revisionId: old.id,
      version: current.version,
    });
    expect(restored.status).toBe("ok");
    const row = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect([row.title, row.bodySource, row.version]).toEqual([
      "Version two",
      "Two.",
      current.version + 1,
    ]);
    const revisions = await prisma.articleRevision.findMany({
      where: { articleId: article.id },
      orderBy: { version: "asc" },
      select: { title: true, snapshot: true },
    });
    expect(revisions.map((r) => r.title)).toEqual(["Version two", "Version three", "Version two"]);
    expect(revisions.at(-1)?.snapshot).toMatchObject({ restoredFrom: old.id });
    expect(
      await prisma.auditLog.count({
        where: { action: "article.restore", entityId: String(article.id) },
      }),
    ).toBe(1);
  });
});

describe("slugs of live articles", () => {
  it("writes a redirect from the old URL when a published article's slug changes", async () => {
    as("editor");
    const article = await fresh("PUBLISHED");
    forgetExpiredTags();
    const newSlug = `${article.slug}-renamed`;
    const result = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { slug: newSlug }),
    );
    expect(result.status).toBe("ok");
    const redirect = await prisma.redirect.findUnique({
      where: { fromPath: `/news/${article.slug}` },
    });
    expect(redirect).toMatchObject({ articleId: article.id, statusCode: 301 });
    expect(await queries.redirectTarget(`/news/${article.slug}`)).toBe(`/news/${newSlug}`);
    const expired = expiredTags();
    expect(expired).toEqual(
      expect.arrayContaining([
        `article:${article.slug}`,
        `article:${newSlug}`,
        "redirects",
        "home",
      ]),
    );
    // Renaming back: the path belongs to the article again, so the redirect from it goes.
    await actions.saveArticleAction(await editorInput(prisma, article.id, { slug: article.slug }));
    expect(
      await prisma.redirect.findUnique({ where: { fromPath: `/news/${article.slug}` } }),
    ).toBeNull();
    expect(await queries.redirectTarget(`/news/${newSlug}`)).toBe(`/news/${article.slug}`);
  });

  it("keeps a live article's old URL redirecting when a draft takes that slug", async () => {
    as("editor");
    const live = await fresh("PUBLISHED");
    const newSlug = `${live.slug}-elsewhere`;
    await actions.saveArticleAction(await editorInput(prisma, live.id, { slug: newSlug }));
    const draft = await fresh();
    const taken = await actions.saveArticleAction(
      await editorInput(prisma, draft.id, { slug: live.slug }),
    );
    expect(taken.status).toBe("ok");
    expect(await queries.redirectTarget(`/news/${live.slug}`)).toBe(`/news/${newSlug}`);
  });

  it("writes no redirect for a draft's slug change", async () => {
    as("editor");
    const article = await fresh();
    await actions.saveArticleAction(
      await editorInput(prisma, article.id, { slug: `${article.slug}-x` }),
    );
    expect(await prisma.redirect.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("sets contentUpdatedAt on later edits of a live article and keeps publishedAt", async () => {
    as("editor");
    const article = await fresh();
    await actions.publishArticleAction(await editorInput(prisma, article.id));
    const published = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(published.publishedAt).not.toBeNull();
    expect(published.contentUpdatedAt).toBeNull();
    await actions.saveArticleAction(
      await editorInput(prisma, article.id, { title: "Updated live" }),
    );
    const edited = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(edited.publishedAt).toEqual(published.publishedAt);
    expect(edited.contentUpdatedAt).not.toBeNull();
  });
});

describe("workflow permissions", () => {
  it("lets a contributor write and submit, and refuses their publish, schedule and later edits", async () => {
    as("contributor");
    const article = await fresh("DRAFT", users.contributor.id);
    const publish = await actions.publishArticleAction(await editorInput(prisma, article.id));
    expect(publish).toMatchObject({ status: "error", code: 403 });
    const when = instantToZonedTime(new Date(Date.now() + 86_400_000), "America/New_York");
    const schedule = await actions.scheduleArticleAction({
      ...(await editorInput(prisma, article.id)),
      scheduleDate: when.date,
      scheduleTime: when.time,
    });
    expect(schedule).toMatchObject({ status: "error", code: 403 });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "DRAFT",
    );

    const submit = await actions.submitArticleAction(await editorInput(prisma, article.id));
    expect(submit.status).toBe("ok");
    // Still theirs to edit while in review...
    const edit = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { dek: "fix" }),
    );
    expect(edit.status).toBe("ok");
    // ...but not once an editor has published it.
    as("editor");
    expect((await actions.publishArticleAction(await editorInput(prisma, article.id))).status).toBe(
      "ok",
    );
    as("contributor");
    const late = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { dek: "sneaky" }),
    );
    expect(late).toMatchObject({ status: "error", code: 403 });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).dek).toBe("fix");
  });

  it("refuses a contributor's edit of someone else's draft and keeps them an author of their own", async () => {
    const theirs = await fresh("DRAFT", users.other.id);
    as("contributor");
    const edit = await actions.saveArticleAction(
      await editorInput(prisma, theirs.id, { title: "Mine now" }),
    );
    expect(edit).toMatchObject({ status: "error", code: 403 });

    const slug = `aa-contrib-${run}`;
    const created = await actions.saveArticleAction({
      ...(await editorInput(prisma, theirs.id, { slug, authorIds: [users.other.id] })),
      id: null,
      version: null,
    });
    expect(created.status).toBe("ok");
    const row = await prisma.article.findUniqueOrThrow({
      where: { slug },
      select: { authors: { orderBy: { position: "asc" }, select: { userId: true } } },
    });
    expect(row.authors.map((a) => a.userId)).toEqual([users.other.id, users.contributor.id]);
    const tags = await actions.saveArticleAction(
      await editorInput(prisma, theirs.id, { newTags: ["Brand new"] }),
    );
    expect(tags).toMatchObject({ status: "error", code: 403 }); // not theirs, refused before looking at the tags
  });

  it("refuses new tags from a contributor next to the tags field", async () => {
    as("contributor");
    const article = await fresh("DRAFT", users.contributor.id);
    const result = await actions.saveArticleAction(
      await editorInput(prisma, article.id, { newTags: [`aa-tag-${run}-contrib`] }),
    );
    expect(result.status === "error" && result.fieldErrors?.tagIds).toMatch(/Only editors/);
  });
});

describe("scheduling", () => {
  it("reads the date and time in the site's time zone and wants the future", async () => {
    as("editor");
    const article = await fresh();
    const past = await actions.scheduleArticleAction({
      ...(await editorInput(prisma, article.id)),
      scheduleDate: "2020-01-01",
      scheduleTime: "10:00",
    });
    expect(past.status === "error" && past.fieldErrors?.scheduleDate).toMatch(/future/);

    const date = instantToZonedTime(new Date(Date.now() + 3 * 86_400_000), "UTC").date;
    const result = await actions.scheduleArticleAction({
      ...(await editorInput(prisma, article.id)),
      scheduleDate: date,
      scheduleTime: "09:30",
    });
    expect(result.status).toBe("ok");
    const row = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.status).toBe("SCHEDULED");
    // No settings row in this database: the default zone, America/New_York.
    expect(row.scheduledFor).toEqual(zonedTimeToInstant(date, "09:30", "America/New_York"));
    expect(row.publishedAt).toBeNull();
  });
});

describe("unpublishing and deleting", () => {
  it("takes an article off every public read at once and refreshes its pages", async () => {
    as("editor");
    const article = await fresh();
    await actions.publishArticleAction(await editorInput(prisma, article.id));
    expect(await queries.publishedArticleBySlug(article.slug)).not.toBeNull();
    expect((await queries.latestPublishedArticles(100)).map((a) => a.slug)).toContain(article.slug);

    const current = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    forgetExpiredTags();
    const result = await actions.unpublishArticleAction({
      id: article.id,
      version: current.version,
    });
    expect(result.status).toBe("ok");
    expect(await queries.publishedArticleBySlug(article.slug)).toBeNull();
    expect((await queries.latestPublishedArticles(100)).map((a) => a.slug)).not.toContain(
      article.slug,
    );
    const expired = expiredTags();
    expect(expired).toEqual(
      expect.arrayContaining([
        `article:${article.slug}`,
        "home",
        "feeds",
        "sitemaps",
        "news",
        "redirects",
      ]),
    );
    expect(
      await prisma.auditLog.count({
        where: { action: "article.unpublish", entityId: String(article.id) },
      }),
    ).toBe(1);
  });

  it("deletes with the version it was shown and audits it", async () => {
    as("editor");
    const article = await fresh("PUBLISHED");
    const result = await actions.deleteArticleAction({ id: article.id, version: article.version });
    expect(result).toMatchObject({ status: "ok", data: { article: null } });
    expect(await prisma.article.findUnique({ where: { id: article.id } })).toBeNull();
    expect(await queries.publishedArticleBySlug(article.slug)).toBeNull();
    const again = await actions.deleteArticleAction({ id: article.id, version: article.version });
    expect(again).toMatchObject({ status: "error", code: 404 });
  });
});

describe("the admin list", () => {
  it("shows contributors only their own articles, and filters by status, author and title", async () => {
    const { listAdminArticles } = await import("@/features/articles/admin-queries");
    const mine = await makeArticle(prisma, `aa-list-${run}-a`, {
      authorId: users.contributor.id,
      categoryId,
      title: `Listed alpha ${run}`,
    });
    const theirs = await makeArticle(prisma, `aa-list-${run}-b`, {
      authorId: users.other.id,
      categoryId,
      status: "PUBLISHED",
      title: `Listed beta ${run}`,
    });
    const staff = (who: keyof typeof users) => ({
      ...users[who],
      role: users[who].role as "CONTRIBUTOR" | "EDITOR",
      username: who,
      email: `${who}@example.com`,
      avatarUrl: null,
      banned: false,
      sessionVersion: 0,
      createdAt: new Date(),
    });
    const base = { page: 1, category: categoryId, q: `Listed` };
    const ids = async (who: keyof typeof users, extra: Record<string, unknown> = {}) =>
      (await listAdminArticles({ ...base, ...extra }, staff(who) as never)).items.map((a) => a.id);

    expect(await ids("contributor")).toEqual([mine.id]);
    expect((await ids("editor")).sort()).toEqual([mine.id, theirs.id].sort());
    expect(await ids("editor", { status: "PUBLISHED" })).toEqual([theirs.id]);
    expect(await ids("editor", { author: users.contributor.id })).toEqual([mine.id]);
    expect(await ids("editor", { q: `alpha ${run}`.toUpperCase() })).toEqual([mine.id]);
  });
});

describe("preview", () => {
  it("renders and sanitizes like the public page, for staff only", async () => {
    as("contributor");
    const preview = await actions.previewArticleBodyAction(
      "## Heading\n\n<img src=x onerror=alert(1)> [link](javascript:alert(1))",
    );
    expect(preview.status).toBe("ok");
    if (preview.status === "ok") {
      expect(preview.data.html).toContain("<h2>Heading</h2>");
      expect(preview.data.html).not.toMatch(/onerror|javascript:/);
    }
    signOut();
    expect(await actions.previewArticleBodyAction("x")).toMatchObject({
      status: "error",
      code: 401,
    });
  });
});
