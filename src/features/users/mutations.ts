import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/write-types";
import type { SocialLinks } from "./schemas";

// Writes to accounts: a member's own (the account page's actions), new accounts, sign-ins,
// passwords and reset tokens, and the admin's role changes and bans. Only the database part is
// here; the rules around them (rate limits, tokens, hashing, who may change what) stay in
// register.ts, sign-in.ts, password-reset.ts and admin-accounts.ts.

export async function saveProfile(
  userId: number,
  profile: { name: string; bio: string | null; avatarUrl: string | null; socials: SocialLinks },
): Promise<void> {
  const { name, bio, avatarUrl, socials } = profile;
  await db.user.update({
    where: { id: userId },
    data: {
      name,
      bio,
      avatarUrl,
      socialLinks: Object.fromEntries(Object.entries(socials).filter(([, link]) => link)),
    },
  });
}

/** Moves the session version on: every session of the account ends at its next request. */
export async function endEverySession(userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Creates a member account (the caller has checked that its names are free). */
export function createMember(member: {
  username: string;
  email: string;
  name: string;
  passwordHash: string;
}) {
  return db.user.create({
    data: { ...member, role: "READER" },
    select: { id: true, username: true, name: true, sessionVersion: true },
  });
}

/** Notes a successful sign-in. */
export async function recordSignIn(userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
}

/** Stores a reset token's hash (the token itself is never stored). */
export async function createResetToken(token: {
  userId: number;
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}): Promise<void> {
  await db.passwordResetToken.create({ data: token });
}

/**
 * Uses up a reset token and sets the account's new password, in one transaction. Claiming the
 * token first makes two concurrent uses of one link succeed at most once: false when it was used.
 */
export function resetPasswordWithToken(
  token: { id: number; userId: number },
  passwordHash: string,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: token.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return false;
    await storePassword(tx, token.userId, passwordHash, now);
    return true;
  });
}

/** Sets a signed-in member's new password; answers what a new session needs. */
export function setPassword(userId: number, passwordHash: string, now: Date) {
  return db.$transaction((tx) => storePassword(tx, userId, passwordHash, now));
}

type PasswordClient = Pick<Prisma.TransactionClient, "passwordResetToken" | "user">;

/** The new password ends every session of the account and uses up its open reset links. */
async function storePassword(tx: PasswordClient, userId: number, passwordHash: string, now: Date) {
  await tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: now },
  });
  return tx.user.update({
    where: { id: userId },
    data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    select: { id: true, username: true, name: true, sessionVersion: true },
  });
}

// An admin's change to an account (admin-accounts.ts) is one transaction: the steps below take
// its client.

/** Runs an account change in one transaction. */
export function inAccountTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work);
}

const accountFields = { id: true, username: true, role: true, banned: true } as const;

/** Locks the account's row (two admins acting at once apply one after the other) and reads it;
 * null when it is gone. */
export async function lockAccount(tx: Tx, userId: number) {
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  return locked.length
    ? tx.user.findUnique({ where: { id: userId }, select: accountFields })
    : null;
}

/** Sends the author's pending comments to spam; answers how many. */
export async function spamPendingComments(tx: Tx, authorId: number): Promise<number> {
  const { count } = await tx.comment.updateMany({
    where: { authorId, status: "PENDING" },
    data: { status: "SPAM" },
  });
  return count;
}

/** Changes the account's role or ban; answers it as lockAccount does. */
export function updateAccount(tx: Tx, userId: number, data: Prisma.UserUpdateInput) {
  return tx.user.update({ where: { id: userId }, data, select: accountFields });
}
