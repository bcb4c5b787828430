// The users admin's actions against real PostgreSQL: role changes and bans end the account's
// sessions (sessionVersion), nobody demotes or bans themselves, only admins act, every change is
// audited with before/after, and reset links go to the outbox.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as AdminActions from "@/features/users/admin-actions";
import type * as AdminQueries from "@/features/users/admin-queries";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { form, idle } from "./action-helpers";
import { upsertAccounts } from "./test-accounts";
import { signIn, signOut, simulateRequest } from "./stand-ins";

simulateRequest({ ip: "203.0.113.11" });

let prisma: PrismaClient;
let actions: typeof AdminActions;
let queries: typeof AdminQueries;
let outbox: string;
const users: Record<string, { id: number; role: string; username: string }> = {};

const signInAs = (name: string) => signIn(users[name]!);
const changeRole = (name: string, role: string) =>
  actions.changeRoleAction(idle, form({ userId: users[name]!.id, role }));
const setBan = (name: string, banned: boolean) =>
  actions.setBanAction(idle, form({ userId: users[name]!.id, banned: String(banned) }));
const sendResetLink = (name: string) =>
  actions.sendResetLinkAction(idle, form({ userId: users[name]!.id }));
const account = (name: string) =>
  prisma.user.findUniqueOrThrow({
    where: { id: users[name]!.id },
    select: { role: true, banned: true, bannedAt: true, sessionVersion: true },
  });

beforeAll(async () => {
  outbox = await mkdtemp(path.join(os.tmpdir(), "coinmela-outbox-"));
  process.env.MAIL_OUTBOX_DIR = outbox;
  delete process.env.SMTP_HOST;
  prisma = useTestDatabase();
  actions = await import("@/features/users/admin-actions");
  queries = await import("@/features/users/admin-queries");
  const roles = {
    boss: "ADMIN",
    second: "ADMIN",
    editor: "EDITOR",
    target: "READER",
    byline: "CONTRIBUTOR",
  } as const;
  Object.assign(
    users,
    await upsertAccounts(prisma, "ua", roles, (name) => ({
      name: `UA ${name}`,
      passwordHash: name === "byline" ? null : "$argon2id$not-a-real-hash",
    })),
  );
});

beforeEach(async () => {
  await prisma.rateLimit.deleteMany();
  await prisma.user.update({
    where: { id: users.target!.id },
    data: { role: "READER", banned: false, bannedAt: null },
  });
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({
    where: { actorId: { in: Object.values(users).map((u) => u.id) } },
  });
  await prisma.user.deleteMany({ where: { username: { startsWith: "ua-" } } });
  await prisma.rateLimit.deleteMany();
  await prisma.$disconnect();
  await rm(outbox, { recursive: true, force: true });
});

describe("role changes", () => {
  it("change the role, end the account's sessions and audit before/after", async () => {
    signInAs("boss");
    const before = await account("target");
    const outcome = await changeRole("target", "EDITOR");
    expect(outcome).toMatchObject({ status: "ok", message: expect.stringContaining("editor") });
    const after = await account("target");
    expect(after.role).toBe("EDITOR");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.role", entityId: String(users.target!.id) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: users.boss!.id,
      before: { role: "READER", banned: false },
      after: { role: "EDITOR", banned: false },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/password/i);
  });

  it("setting the same role again changes nothing and keeps sessions", async () => {
    signInAs("boss");
    const before = await account("target");
    await changeRole("target", "READER");
    expect((await account("target")).sessionVersion).toBe(before.sessionVersion);
  });

  it("refuses an unknown role with a field error", async () => {
    signInAs("boss");
    expect(await changeRole("target", "GOD")).toMatchObject({
      status: "error",
      fieldErrors: { role: expect.any(String) },
    });
  });
});

describe("bans", () => {
  it("ban ends sessions; unban lets the account back in", async () => {
    signInAs("boss");
    const before = await account("target");
    expect(await setBan("target", true)).toMatchObject({ status: "ok" });
    const banned = await account("target");
    expect(banned).toMatchObject({ banned: true, sessionVersion: before.sessionVersion + 1 });
    expect(banned.bannedAt).toBeInstanceOf(Date);
    expect(await setBan("target", false)).toMatchObject({ status: "ok" });
    expect(await account("target")).toMatchObject({ banned: false, bannedAt: null });
    const entries = await prisma.auditLog.findMany({
      where: { entityId: String(users.target!.id), action: { in: ["user.ban", "user.unban"] } },
      orderBy: { id: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(entries.slice(-2)).toEqual([
      {
        action: "user.ban",
        before: { role: "READER", banned: false },
        after: { role: "READER", banned: true },
      },
      {
        action: "user.unban",
        before: { role: "READER", banned: true },
        after: { role: "READER", banned: false },
      },
    ]);
  });

  it("a banned or re-roled account's session cookie stops working at its next request", async () => {
    // The real session check (next-auth's jwt callback; getCurrentUser shares its token check in
    // src/lib/session-token.ts): a token minted before the change is refused after it.
    const { authOptions } = await import("@/features/users/auth-options");
    const jwt = authOptions.callbacks!.jwt!;
    const tokenNow = async () => ({
      uid: users.target!.id,
      sv: (await account("target")).sessionVersion,
      remember: false,
      authAt: Date.now(),
    });
    const check = (token: Record<string, unknown>) =>
      jwt({ token, account: null, trigger: "update" } as unknown as Parameters<typeof jwt>[0]);

    const beforeRole = await tokenNow();
    await expect(check(beforeRole)).resolves.toMatchObject({ role: "READER" });
    signInAs("boss");
    await changeRole("target", "CONTRIBUTOR");
    await expect(check(beforeRole)).rejects.toThrow("SESSION_ENDED");

    const beforeBan = await tokenNow();
    await expect(check(beforeBan)).resolves.toMatchObject({ role: "CONTRIBUTOR" });
    await setBan("target", true);
    await expect(check(beforeBan)).rejects.toThrow("SESSION_ENDED");
  });
});

describe("self-protection", () => {
  it("an admin cannot demote or ban themselves, but another admin can", async () => {
    signInAs("boss");
    const before = await account("boss");
    expect(await changeRole("boss", "EDITOR")).toMatchObject({
      status: "error",
      message: expect.stringContaining("your own role"),
    });
    expect(await setBan("boss", true)).toMatchObject({
      status: "error",
      message: "You cannot ban yourself.",
    });
    expect(await account("boss")).toEqual(before);

    signInAs("second");
    expect(await changeRole("boss", "EDITOR")).toMatchObject({ status: "ok" });
    expect((await account("boss")).role).toBe("EDITOR");
    await prisma.user.update({ where: { id: users.boss!.id }, data: { role: "ADMIN" } });
  });
});

describe("who may manage users", () => {
  it("refuses editors and anonymous callers, changing nothing", async () => {
    const before = await account("target");
    for (const name of ["editor", null]) {
      if (name) signInAs(name);
      else signOut();
      for (const outcome of [
        await changeRole("target", "ADMIN"),
        await setBan("target", true),
        await sendResetLink("target"),
      ]) {
        expect(outcome.status).toBe("error");
      }
    }
    expect(await account("target")).toEqual(before);
  });
});

describe("password reset links", () => {
  it("sends a single-use link to the account's email through the outbox, audited", async () => {
    signInAs("boss");
    const outcome = await sendResetLink("target");
    expect(outcome).toMatchObject({
      status: "ok",
      message: "A reset link was sent to ua-target@example.com.",
    });
    const files = await readdir(outbox);
    const mails = await Promise.all(
      files.map(async (file) => JSON.parse(await readFile(path.join(outbox, file), "utf8"))),
    );
    const mail = mails.find((m) => m.to === "ua-target@example.com");
    expect(mail.text).toMatch(/\/reset-password\?token=[\w-]{20,}/);
    expect(
      await prisma.passwordResetToken.count({ where: { userId: users.target!.id, usedAt: null } }),
    ).toBeGreaterThan(0);
    expect(
      await prisma.auditLog.count({
        where: { action: "user.passwordResetLink", entityId: String(users.target!.id) },
      }),
    ).toBeGreaterThan(0);
  });

  it("explains why bylines without a password and banned accounts get none", async () => {
    signInAs("boss");
    expect(await sendResetLink("byline")).toMatchObject({
      status: "error",
      message: expect.stringContaining("without a password"),
    });
    await prisma.user.update({ where: { id: users.target!.id }, data: { banned: true } });
    expect(await sendResetLink("target")).toMatchObject({
      status: "error",
      message: expect.stringContaining("Unban"),
    });
  });
});

describe("the list", () => {
  it("searches and filters by role, and never carries password hashes", async () => {
    const byRole = await queries.listUsers({ role: "CONTRIBUTOR", q: "ua-", page: 1 });
    expect(byRole.items.map((u) => u.username)).toEqual(["ua-byline"]);
    const bySearch = await queries.listUsers({ q: "UA-SEC", page: 1 });
    expect(bySearch.items.map((u) => u.username)).toEqual(["ua-second"]);
    expect(JSON.stringify(bySearch.items)).not.toMatch(/passwordHash|argon2/);
  });
});
