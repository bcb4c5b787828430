// Accounts against real PostgreSQL: sign-in outcomes and their rate limits (kept in the database,
// so they hold across instances), no account enumeration, password-reset tokens.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type * as SignInModule from "@/features/users/sign-in";
import type * as ResetModule from "@/features/users/password-reset";
import type * as LimitsModule from "@/features/rate-limits/limiter";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

let prisma: PrismaClient;
let outbox: string;
let signIn: typeof SignInModule;
let reset: typeof ResetModule;
let limits: typeof LimitsModule;
let hashPassword: (password: string) => Promise<string>;

const PASSWORD = "integration-pass-2026";

/** Drops the app's Prisma client: the next call connects afresh, like another instance would. */
function newInstance() {
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  void holder.prisma?.$disconnect();
  delete holder.prisma;
  void limits?.closeRateLimitStores();
}

beforeAll(async () => {
  outbox = await mkdtemp(path.join(os.tmpdir(), "coinmela-outbox-"));
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.MAIL_OUTBOX_DIR = outbox;
  process.env.SITE_URL = "http://news.test";
  prisma = createPrismaClient(inject("databaseUrl"));
  signIn = await import("@/features/users/sign-in");
  reset = await import("@/features/users/password-reset");
  limits = await import("@/features/rate-limits/limiter");
  hashPassword = (await import("@/features/users/password")).hashPassword;
  const passwordHash = await hashPassword(PASSWORD);
  for (const username of ["acct-alice", "acct-bob", "acct-banned"]) {
    await prisma.user.upsert({
      where: { username },
      create: {
        username,
        email: `${username}@example.com`,
        name: username,
        passwordHash,
        banned: username === "acct-banned",
      },
      update: { passwordHash, sessionVersion: 0, passwordChangedAt: null },
    });
  }
});

beforeEach(async () => {
  await prisma.rateLimit.deleteMany();
});

afterAll(async () => {
  // The database is shared with the other files: leave it as it was.
  await prisma.user.deleteMany({
    where: { username: { in: ["acct-alice", "acct-bob", "acct-banned"] } },
  });
  await prisma.rateLimit.deleteMany();
  await prisma.$disconnect();
  newInstance();
});

describe("password hashes", () => {
  it("never come out of the app's database client unless a query names the column", async () => {
    const { db } = await import("@/lib/db");
    const row = await db.user.findUniqueOrThrow({ where: { username: "acct-alice" } });
    expect(row).not.toHaveProperty("passwordHash");
    expect(row).toHaveProperty("email", "acct-alice@example.com");
    const updated = await db.user.update({
      where: { username: "acct-alice" },
      data: { bio: "Reads the markets" },
    });
    expect(updated).not.toHaveProperty("passwordHash");
    const inTransaction = await db.$transaction((tx) => tx.user.findMany({ take: 5 }));
    expect(inTransaction.length).toBeGreaterThan(0);
    for (const user of inTransaction) expect(user).not.toHaveProperty("passwordHash");
    // Only the sign-in and password code asks for it, by name.
    const { findCredentialsByIdentifier } = await import("@/features/users/queries");
    const credentials = await findCredentialsByIdentifier("acct-alice");
    expect(credentials?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("sign-in", () => {
  it("accepts username or email, any case, and stores argon2id hashes", async () => {
    for (const identifier of ["acct-alice", "ACCT-ALICE", "acct-alice@example.com"]) {
      const outcome = await signIn.signInWithPassword(
        { username: identifier, password: PASSWORD },
        "10.0.0.1",
      );
      expect(outcome).toMatchObject({ ok: true, user: { username: "acct-alice" } });
    }
    const row = await prisma.user.findUniqueOrThrow({ where: { username: "acct-alice" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("answers the same for a wrong password and an unknown account", async () => {
    const wrong = await signIn.signInWithPassword(
      { username: "acct-alice", password: "not the password" },
      "10.0.0.2",
    );
    const unknown = await signIn.signInWithPassword(
      { username: "nobody-here", password: "not the password" },
      "10.0.0.2",
    );
    expect(wrong).toEqual({ ok: false, error: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a banned account even with the right password", async () => {
    expect(
      await signIn.signInWithPassword({ username: "acct-banned", password: PASSWORD }, "10.0.0.3"),
    ).toEqual({ ok: false, error: "banned" });
  });

  it("locks an account after 5 attempts in 15 minutes, across instances, then lets it in again", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (attempt === 3) newInstance(); // the counter lives in Postgres, not in one process
      const outcome = await signIn.signInWithPassword(
        { username: "acct-bob", password: "guess" },
        `10.1.0.${attempt}`,
      );
      expect(outcome).toEqual({ ok: false, error: "invalid" });
    }
    const locked = await signIn.signInWithPassword(
      { username: "acct-bob", password: PASSWORD },
      "10.1.1.1",
    );
    expect(locked).toMatchObject({ ok: false, error: "limited" });
    if (locked.ok || locked.error !== "limited") throw new Error("expected a limit");
    expect(locked.retryAfterSeconds).toBeGreaterThan(800);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(900);

    // An unknown account locks the same way: the limit reveals nothing.
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn.signInWithPassword({ username: "ghost", password: "guess" }, "10.2.0.1");
    }
    expect(
      await signIn.signInWithPassword({ username: "ghost", password: "guess" }, "10.2.0.9"),
    ).toMatchObject({ ok: false, error: "limited" });

    // Sixteen minutes later the window is over.
    await prisma.rateLimit.updateMany({ data: { expire: BigInt(Date.now() - 60_000) } });
    expect(
      await signIn.signInWithPassword({ username: "acct-bob", password: PASSWORD }, "10.1.1.1"),
    ).toMatchObject({ ok: true });
  });

  it("limits an attacking address without locking out the account's owner elsewhere", async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await signIn.signInWithPassword(
        { username: `victim-${attempt % 4}`, password: "guess" },
        "203.0.113.66",
      );
    }
    expect(
      await signIn.signInWithPassword(
        { username: "acct-alice", password: PASSWORD },
        "203.0.113.66",
      ),
    ).toMatchObject({ ok: false, error: "limited" });
    expect(
      await signIn.signInWithPassword(
        { username: "acct-alice", password: PASSWORD },
        "198.51.100.7",
      ),
    ).toMatchObject({ ok: true });
  });

  it("counts concurrent requests exactly", async () => {
    const decisions = await Promise.all(
      Array.from({ length: 12 }, () => limits.consume("commentsByUser", "concurrent")),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });
});

async function lastMailTo(email: string) {
  const files = (await readdir(outbox)).sort();
  for (const file of files.reverse()) {
    const mail = JSON.parse(await readFile(path.join(outbox, file), "utf8")) as {
      to: string;
      text: string;
    };
    if (mail.to === email) return mail;
  }
  return null;
}

function tokenFrom(text: string): string {
  const match = /reset-password\?token=([\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no reset link in the mail");
  return match[1];
}

describe("password reset", () => {
  it("answers the same for known and unknown addresses, and mails only real accounts", async () => {
    const before = (await readdir(outbox)).length;
    expect(await reset.requestPasswordReset("nobody@example.com", "10.3.0.1")).toEqual({
      status: "sent",
    });
    expect((await readdir(outbox)).length).toBe(before);
    expect(await reset.requestPasswordReset("acct-alice@example.com", "10.3.0.1")).toEqual({
      status: "sent",
    });
    const mail = await lastMailTo("acct-alice@example.com");
    expect(mail?.text).toContain("http://news.test/reset-password?token=");
    // Only a hash of the token is stored.
    const token = tokenFrom(mail?.text ?? "");
    expect(await prisma.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(
      await prisma.passwordResetToken.count({ where: { tokenHash: reset.hashResetToken(token) } }),
    ).toBe(1);
  });

  it("uses a token once, voids older tokens and ends the account's sessions", async () => {
    await reset.requestPasswordReset("acct-alice@example.com", "10.4.0.1");
    const older = tokenFrom((await lastMailTo("acct-alice@example.com"))?.text ?? "");
    await reset.requestPasswordReset("acct-alice@example.com", "10.4.0.1");
    const newer = tokenFrom((await lastMailTo("acct-alice@example.com"))?.text ?? "");
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({
      where: { username: "acct-alice" },
    });

    expect(await reset.resetPassword(newer, "acct-alice")).toMatchObject({
      status: "weak-password",
    });
    expect(await reset.resetPassword(newer, "a brand new passphrase")).toEqual({ status: "done" });
    expect(await reset.resetPassword(newer, "another new passphrase")).toEqual({
      status: "invalid-token",
    });
    expect(await reset.resetPassword(older, "another new passphrase")).toEqual({
      status: "invalid-token",
    });
    const after = await prisma.user.findUniqueOrThrow({ where: { username: "acct-alice" } });
    expect(after.sessionVersion).toBe(sessionVersion + 1);
    expect(
      await signIn.signInWithPassword(
        { username: "acct-alice", password: "a brand new passphrase" },
        "10.4.0.2",
      ),
    ).toMatchObject({ ok: true });
    await prisma.user.update({
      where: { id: after.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });
  });

  it("refuses an expired token", async () => {
    await reset.requestPasswordReset("acct-bob@example.com", "10.5.0.1");
    const token = tokenFrom((await lastMailTo("acct-bob@example.com"))?.text ?? "");
    await prisma.passwordResetToken.update({
      where: { tokenHash: reset.hashResetToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await reset.resetTokenUsable(token)).toBe(false);
    expect(await reset.resetPassword(token, "a brand new passphrase")).toEqual({
      status: "invalid-token",
    });
  });

  it("limits requests per address and per email", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(await reset.requestPasswordReset("limit-me@example.com", `10.6.0.${i}`));
    }
    expect(answers.slice(0, 3)).toEqual([
      { status: "sent" },
      { status: "sent" },
      { status: "sent" },
    ]);
    expect(answers[3]).toMatchObject({ status: "limited" });
  });
});
