// The moderation queue's action against real PostgreSQL: approve, spam, delete, bulk, and banning
// from a comment, with what each does to the database, the audit log and the cache tags.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as ModerationActions from "@/features/comments/moderation-actions";
import type * as ModerationQueries from "@/features/comments/moderation-queries";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { form, redirectTarget } from "./action-helpers";
import { upsertAccounts } from "./test-accounts";
import { expiredTags, forgetExpiredTags, signIn, signOut, simulateRequest } from "./stand-ins";

simulateRequest({ ip: "203.0.113.10" });

let prisma: PrismaClient;
let actions: typeof ModerationActions;
let queries: typeof ModerationQueries;
const users: Record<string, { id: number; role: string; username: string }> = {};
const SLUGS = ["moderation-a", "moderation-b"];

const signInAs = (name: string) => signIn(users[name]!);

/** Submits the queue form; answers where the action sent the browser. */
function submit(fields: Record<string, string>, ids: number[] = []): Promise<URL> {
  const data = form({ status: "PENDING", ...fields, ids: ids.map(String) });
  return redirectTarget(() => actions.moderateQueueAction(data));
}

async function comment(article: string, author: string, body: string, status = "PENDING") {
  const row = await prisma.comment.create({
    data: {
      article: { connect: { slug: article } },
      author: { connect: { id: users[author]!.id } },
      body,
      status: status as "PENDING",
    },
    select: { id: true },
  });
  return row.id;
}

const statusOf = async (id: number) =>
  (await prisma.comment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  prisma = useTestDatabase();
  actions = await import("@/features/comments/moderation-actions");
  queries = await import("@/features/comments/moderation-queries");
  const category = await prisma.category.upsert({
    where: { slug: "moderation-test" },
    create: { slug: "moderation-test", name: "Moderation test" },
    update: {},
  });
  for (const slug of SLUGS) {
    await prisma.article.upsert({
      where: { slug },
      create: {
        slug,
        title: `Article ${slug}`,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 3_600_000),
        categoryId: category.id,
      },
      update: {},
    });
  }
  const roles = {
    admin: "ADMIN",
    editor: "EDITOR",
    contributor: "CONTRIBUTOR",
    troll: "READER",
    reader: "READER",
  } as const;
  Object.assign(
    users,
    await upsertAccounts(prisma, "mod", roles, (name) => ({ name: `Mod ${name}` })),
  );
});

beforeEach(async () => {
  forgetExpiredTags();
  await prisma.comment.deleteMany({ where: { article: { slug: { in: SLUGS } } } });
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: { in: SLUGS } } });
  await prisma.category.deleteMany({ where: { slug: "moderation-test" } });
  await prisma.auditLog.deleteMany({
    where: { actorId: { in: Object.values(users).map((u) => u.id) } },
  });
  await prisma.user.deleteMany({ where: { username: { startsWith: "mod-" } } });
  await prisma.$disconnect();
});

describe("single decisions", () => {
  it("approve publishes a pending comment, audits it and expires exactly its article's comments", async () => {
    signInAs("editor");
    const id = await comment("moderation-a", "reader", "Hello there");
    const to = await submit({ command: `approve:${id}` });
    expect(to.pathname).toBe("/admin/comments");
    expect(to.searchParams.get("done")).toBe("approved");
    expect(to.searchParams.get("count")).toBe("1");
    expect(await statusOf(id)).toBe("APPROVED");
    expect(expiredTags()).toEqual(["comments:moderation-a"]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "comment.approve", entityId: String(id) },
    });
    expect(audit).toMatchObject({
      actorId: users.editor!.id,
      before: { status: "PENDING" },
      after: { status: "APPROVED" },
    });
  });

  it("spam on a pending comment changes nothing public, so no tag expires", async () => {
    signInAs("editor");
    const id = await comment("moderation-a", "troll", "Buy now https://spam.example");
    await submit({ command: `spam:${id}` });
    expect(await statusOf(id)).toBe("SPAM");
    expect(expiredTags()).toEqual([]);
  });

  it("delete takes an approved comment off the page, keeping its text for the record", async () => {
    signInAs("editor");
    const id = await comment("moderation-b", "reader", "Rude words", "APPROVED");
    const to = await submit({ command: `delete:${id}`, status: "APPROVED" });
    expect(to.searchParams.get("status")).toBe("APPROVED");
    const row = await prisma.comment.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DELETED");
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.body).toBe("Rude words");
    expect(expiredTags()).toEqual(["comments:moderation-b"]);
    // Restoring brings it back.
    await submit({ command: `approve:${id}`, status: "DELETED" });
    expect(await prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      deletedAt: null,
    });
  });

  it("never approves a comment its author emptied", async () => {
    signInAs("editor");
    const id = await comment("moderation-a", "reader", "", "DELETED");
    const to = await submit({ command: `approve:${id}`, status: "DELETED" });
    expect(to.searchParams.get("count")).toBe("0");
    expect(await statusOf(id)).toBe("DELETED");
  });
});

describe("bulk decisions", () => {
  it("applies to the ticked comments only, across articles, expiring each article's tag once", async () => {
    signInAs("admin");
    const a1 = await comment("moderation-a", "reader", "one");
    const a2 = await comment("moderation-a", "reader", "two");
    const b1 = await comment("moderation-b", "reader", "three");
    const untouched = await comment("moderation-b", "reader", "four");
    const to = await submit({ command: "approve:selected" }, [a1, a2, b1]);
    expect(to.searchParams.get("count")).toBe("3");
    expect(await Promise.all([a1, a2, b1, untouched].map(statusOf))).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "PENDING",
    ]);
    expect(expiredTags().sort()).toEqual(["comments:moderation-a", "comments:moderation-b"]);
    expect(
      await prisma.auditLog.count({
        where: { action: "comment.approve", entityId: { in: [a1, a2, b1].map(String) } },
      }),
    ).toBe(3);
  });

  it("asks for a selection when none is ticked, and rejects forged commands", async () => {
    signInAs("editor");
    expect((await submit({ command: "spam:selected" })).searchParams.get("error")).toBe("none");
    expect((await submit({ command: "publish:1" })).searchParams.get("error")).toBe("invalid");
    expect((await submit({ command: "approve:selected" }, [0])).searchParams.get("error")).toBe(
      "invalid",
    );
  });
});

describe("who may moderate", () => {
  it("refuses contributors, readers and anonymous callers, changing nothing", async () => {
    const id = await comment("moderation-a", "reader", "waiting");
    for (const name of ["contributor", "reader", null]) {
      if (name) signInAs(name);
      else signOut();
      const to = await submit({ command: `approve:${id}` });
      expect(to.searchParams.get("error")).toBe(name ? "forbidden" : "signin");
    }
    expect(await statusOf(id)).toBe("PENDING");
    expect(expiredTags()).toEqual([]);
  });
});

describe("banning from the queue", () => {
  it("is refused to editors", async () => {
    signInAs("editor");
    const id = await comment("moderation-a", "troll", "spam spam");
    const to = await submit({ command: `ban:${id}`, spamPending: "on" });
    expect(to.searchParams.get("error")).toBe("forbidden");
    const troll = await prisma.user.findUniqueOrThrow({ where: { id: users.troll!.id } });
    expect(troll.banned).toBe(false);
    expect(await statusOf(id)).toBe("PENDING");
  });

  it("bans the author for admins: sessions end, pending comments go to spam, audited", async () => {
    signInAs("admin");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: users.troll!.id } });
    const first = await comment("moderation-a", "troll", "spam one");
    const second = await comment("moderation-b", "troll", "spam two");
    const approved = await comment("moderation-b", "troll", "an old fine one", "APPROVED");
    const to = await submit({ command: `ban:${first}`, spamPending: "on" });
    expect(to.searchParams.get("done")).toBe("banned");
    const after = await prisma.user.findUniqueOrThrow({ where: { id: users.troll!.id } });
    expect(after.banned).toBe(true);
    expect(after.bannedAt).toBeInstanceOf(Date);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await Promise.all([first, second, approved].map(statusOf))).toEqual([
      "SPAM",
      "SPAM",
      "APPROVED",
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.ban", entityId: String(users.troll!.id) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: users.admin!.id,
      before: { banned: false },
      after: { banned: true, pendingCommentsMarkedSpam: 2 },
    });
    await prisma.user.update({ where: { id: users.troll!.id }, data: { banned: false } });
  });

  it("leaves pending comments alone when the box is not ticked, and refuses banning oneself", async () => {
    signInAs("admin");
    const pending = await comment("moderation-a", "troll", "maybe fine");
    await submit({ command: `ban:${pending}` });
    expect(await statusOf(pending)).toBe("PENDING");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.troll!.id } })).banned).toBe(
      true,
    );
    await prisma.user.update({ where: { id: users.troll!.id }, data: { banned: false } });
    const own = await comment("moderation-a", "admin", "my own");
    expect((await submit({ command: `ban:${own}` })).searchParams.get("error")).toBe("self");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.admin!.id } })).banned).toBe(
      false,
    );
  });
});

describe("the queue's list", () => {
  it("filters by status and article, pending oldest first, without secrets", async () => {
    const old = await comment("moderation-a", "reader", "older");
    await prisma.comment.update({
      where: { id: old },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const newer = await comment("moderation-a", "reader", "newer");
    await comment("moderation-b", "reader", "elsewhere");
    await comment("moderation-a", "reader", "approved", "APPROVED");
    const queue = await queries.listQueue({ status: "PENDING", article: "moderation-a", page: 1 });
    expect(queue.items.map((item) => item.id)).toEqual([old, newer]);
    expect(queue.countByStatus).toMatchObject({ PENDING: 2, APPROVED: 1 });
    expect(JSON.stringify(queue.items)).not.toMatch(/passwordHash|email/);
  });
});
