// Comment actions against real PostgreSQL, called directly as an attacker would: authorization,
// moderation rules, honeypot, minimum fill time, rate limit, and that no query leaks secrets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as ActionsModule from "@/features/comments/actions";
import type * as QueriesModule from "@/features/comments/queries";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { form, idle } from "./action-helpers";
import { signIn, signOut } from "./stand-ins";

let prisma: PrismaClient;
let actions: typeof ActionsModule;
let queries: typeof QueriesModule;
let issueFormToken: (now?: number) => string;
const users: Record<string, { id: number; role: string }> = {};
const SLUG = "comments-integration";

const oldToken = () => issueFormToken(Date.now() - 60_000);

beforeAll(async () => {
  prisma = useTestDatabase();
  actions = await import("@/features/comments/actions");
  queries = await import("@/features/comments/queries");
  issueFormToken = (await import("@/features/comments/form-token")).issueFormToken;
  const category = await prisma.category.upsert({
    where: { slug: "comments-test" },
    create: { slug: "comments-test", name: "Comments test" },
    update: {},
  });
  await prisma.article.upsert({
    where: { slug: SLUG },
    create: {
      slug: SLUG,
      title: "Comments integration",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 3_600_000),
      categoryId: category.id,
    },
    update: {},
  });
  for (const username of ["cm-ann", "cm-ben"]) {
    const user = await prisma.user.upsert({
      where: { username },
      create: { username, email: `${username}@example.com`, name: username, passwordHash: "x" },
      update: {},
      select: { id: true, role: true },
    });
    users[username] = user;
  }
});

beforeEach(async () => {
  await prisma.rateLimit.deleteMany();
});

// The database is shared with the other files (the seed test counts categories and articles).
afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: SLUG } });
  await prisma.category.deleteMany({ where: { slug: "comments-test" } });
  await prisma.user.deleteMany({ where: { username: { in: ["cm-ann", "cm-ben"] } } });
  await prisma.rateLimit.deleteMany();
  await prisma.$disconnect();
});

const post = (body: string, extra: Record<string, string | number> = {}) =>
  actions.postCommentAction(
    idle,
    form({ articleSlug: SLUG, body, formToken: oldToken(), website: "", ...extra }),
  );

describe("posting", () => {
  it("needs a session", async () => {
    signOut();
    expect(await post("Hello")).toMatchObject({ status: "error", message: "Sign in to comment." });
  });

  it("holds a new account's first comment, publishes the next", async () => {
    signIn(users["cm-ann"]!);
    expect(await post("My first comment")).toMatchObject({
      status: "ok",
      message: expect.stringContaining("awaiting moderation"),
    });
    const first = await prisma.comment.findFirstOrThrow({ where: { body: "My first comment" } });
    expect(first.status).toBe("PENDING");
    // A moderator approves it (the queue is the admin issue's); later comments go straight out.
    await prisma.comment.update({ where: { id: first.id }, data: { status: "APPROVED" } });
    expect(await post("My second comment")).toMatchObject({
      message: "Your comment is published.",
    });
    expect(await post("Links https://a.example https://b.example https://c.example")).toMatchObject(
      {
        message: expect.stringContaining("awaiting moderation"),
      },
    );
  });

  it("silently drops honeypot posts and refuses forms posted too fast or with a forged token", async () => {
    signIn(users["cm-ann"]!);
    const before = await prisma.comment.count();
    expect(await post("bot text", { website: "http://spam.example" })).toMatchObject({
      status: "ok",
    });
    expect(await prisma.comment.count()).toBe(before);
    expect(await post("too quick", { formToken: issueFormToken() })).toMatchObject({
      status: "error",
      values: { body: "too quick" },
    });
    expect(
      await post("forged", { formToken: `${Date.now() - 60_000}.forged-signature-xx` }),
    ).toMatchObject({
      status: "error",
    });
    expect(await prisma.comment.count()).toBe(before);
  });

  it("rejects bad input with field errors instead of failing", async () => {
    signIn(users["cm-ann"]!);
    expect(await post("x".repeat(5001))).toMatchObject({
      status: "error",
      fieldErrors: { body: expect.any(String) },
    });
    expect(await post("")).toMatchObject({ status: "error" });
    expect(await post("ok", { parentId: "not-a-number" })).toMatchObject({ status: "error" });
    expect(await post("ok", { articleSlug: "../../etc" })).toMatchObject({ status: "error" });
  });

  it("limits comments per user", async () => {
    signIn(users["cm-ann"]!);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await post(`burst ${i}`));
    expect(results.slice(0, 5).every((r) => r.status === "ok")).toBe(true);
    expect(results[5]).toMatchObject({
      status: "error",
      message: expect.stringContaining("Try again in"),
    });
  });
});

describe("editing and deleting", () => {
  it("lets only the author edit and delete, and keeps replies under a deleted comment", async () => {
    signIn(users["cm-ann"]!);
    await post("Ann's thread starter");
    const starter = await prisma.comment.findFirstOrThrow({
      where: { body: "Ann's thread starter" },
    });
    signIn(users["cm-ben"]!);
    await prisma.comment.create({
      data: {
        articleId: starter.articleId,
        authorId: users["cm-ben"]!.id,
        body: "Ben's approved",
        status: "APPROVED",
      },
    });
    expect(await post("Ben replies", { parentId: starter.id })).toMatchObject({ status: "ok" });

    // Ben calls the actions on Ann's comment directly.
    expect(
      await actions.editCommentAction(idle, form({ commentId: starter.id, body: "hijacked" })),
    ).toMatchObject({ status: "error" });
    expect(await actions.deleteCommentAction(idle, form({ commentId: starter.id }))).toMatchObject({
      status: "error",
    });
    expect((await prisma.comment.findUniqueOrThrow({ where: { id: starter.id } })).body).toBe(
      "Ann's thread starter",
    );

    signIn(users["cm-ann"]!);
    expect(
      await actions.editCommentAction(idle, form({ commentId: starter.id, body: "Ann, edited" })),
    ).toMatchObject({ status: "ok" });
    const edited = await prisma.comment.findUniqueOrThrow({ where: { id: starter.id } });
    expect(edited.body).toBe("Ann, edited");
    expect(edited.editedAt).not.toBeNull();

    // Past the 15 minutes, no more edits.
    await prisma.comment.update({
      where: { id: starter.id },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect(
      await actions.editCommentAction(idle, form({ commentId: starter.id, body: "late" })),
    ).toMatchObject({ status: "error" });

    expect(await actions.deleteCommentAction(idle, form({ commentId: starter.id }))).toMatchObject({
      status: "ok",
    });
    const { comments } = await queries.publicComments(SLUG);
    const deleted = comments.find((c) => c.id === starter.id);
    expect(deleted).toMatchObject({ status: "DELETED", body: "", author: { name: "" } });
    expect(comments.some((c) => c.parentId === starter.id && c.body === "Ben replies")).toBe(true);
  });

  it("keeps a comment marked spam as spam when its author edits it", async () => {
    signIn(users["cm-ann"]!);
    const articleId = (await prisma.article.findUniqueOrThrow({ where: { slug: SLUG } })).id;
    // Ann has a record of approved comments, which would publish a new comment at once.
    await prisma.comment.create({
      data: {
        articleId,
        authorId: users["cm-ann"]!.id,
        body: "Ann's good one",
        status: "APPROVED",
      },
    });
    const spam = await prisma.comment.create({
      data: { articleId, authorId: users["cm-ann"]!.id, body: "Buy coins now", status: "SPAM" },
    });
    const held = await prisma.comment.create({
      data: { articleId, authorId: users["cm-ann"]!.id, body: "Ann's held one", status: "PENDING" },
    });

    for (const comment of [spam, held]) {
      expect(
        await actions.editCommentAction(
          idle,
          form({ commentId: comment.id, body: "An innocent sentence" }),
        ),
      ).toMatchObject({ status: "ok" });
      const after = await prisma.comment.findUniqueOrThrow({ where: { id: comment.id } });
      expect(after).toMatchObject({ body: "An innocent sentence", status: comment.status });
    }
    const { comments } = await queries.publicComments(SLUG);
    expect(comments.some((c) => c.id === spam.id || c.id === held.id)).toBe(false);
  });

  it("shows a viewer their own held comments and nobody else's", async () => {
    const pending = await prisma.comment.create({
      data: {
        articleId: (await prisma.article.findUniqueOrThrow({ where: { slug: SLUG } })).id,
        authorId: users["cm-ben"]!.id,
        body: "Ben's held comment",
        status: "PENDING",
      },
    });
    const forBen = await queries.commentsForViewer(SLUG, users["cm-ben"]!.id);
    const forAnn = await queries.commentsForViewer(SLUG, users["cm-ann"]!.id);
    expect(forBen.some((c) => c.id === pending.id)).toBe(true);
    expect(forAnn.some((c) => c.id === pending.id)).toBe(false);
    const serialized = JSON.stringify(await queries.publicComments(SLUG));
    expect(serialized).not.toMatch(/passwordHash|argon2|@example\.com/);
  });
});

describe("POST /api/comments", () => {
  const call = async (body: unknown, contentType = "application/json") => {
    const { POST } = await import("@/app/api/comments/route");
    const { NextRequest } = await import("next/server");
    return POST(
      new NextRequest("http://localhost/api/comments", {
        method: "POST",
        headers: { "content-type": contentType },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
  };

  it("answers 201 with the id of the comment it stored", async () => {
    signIn(users["cm-ben"]!);
    const body = `Posted through the API ${Date.now()}`;
    const response = await call({ articleSlug: SLUG, body, formToken: oldToken() });
    expect(response.status).toBe(201);
    const { id, status } = (await response.json()) as { id: number; status: string };
    const stored = await prisma.comment.findUnique({
      where: { id },
      select: { body: true, authorId: true, status: true },
    });
    expect(stored).toEqual({ body, authorId: users["cm-ben"]!.id, status });
  });

  it("refuses what the form refuses: no session, a fresh or forged token, bad input, non-JSON", async () => {
    signOut();
    expect((await call({ articleSlug: SLUG, body: "Hi", formToken: oldToken() })).status).toBe(401);
    signIn(users["cm-ben"]!);
    const fresh = issueFormToken();
    expect((await call({ articleSlug: SLUG, body: "Hi", formToken: fresh })).status).toBe(422);
    expect((await call({ articleSlug: SLUG, body: "Hi", formToken: "1.forged" })).status).toBe(422);
    expect((await call({ articleSlug: SLUG, body: "", formToken: oldToken() })).status).toBe(422);
    expect(
      (await call({ articleSlug: "no-such-article", body: "Hi", formToken: oldToken() })).status,
    ).toBe(404);
    expect((await call("articleSlug=x", "application/x-www-form-urlencoded")).status).toBe(415);
  });

  it("answers 429 with Retry-After past the rate limit", async () => {
    signIn(users["cm-ann"]!);
    let response: Response | undefined;
    for (let i = 0; i < 6; i++)
      response = await call({ articleSlug: SLUG, body: `Fast ${i}`, formToken: oldToken() });
    expect(response!.status).toBe(429);
    expect(Number(response!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
