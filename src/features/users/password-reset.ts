import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/env";
import { consumeAll } from "@/features/rate-limits/limiter";
import { sendMail } from "@/lib/mailer";
import { createResetToken, resetPasswordWithToken, setPassword } from "./mutations";
import { hashPassword } from "./password";
import { findResetRecipient, findResetToken } from "./queries";
import { passwordProblem } from "./rules";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type ResetRequestOutcome =
  | { status: "sent" } // also the answer for unknown addresses: nothing reveals which emails exist
  | { status: "limited"; retryAfterSeconds: number };

/** Emails a single-use reset link to the account with this (normalized) email, if there is one. */
export async function requestPasswordReset(
  email: string,
  ip: string,
  now = new Date(),
): Promise<ResetRequestOutcome> {
  const limit = await consumeAll([
    ["passwordResetByIp", ip],
    ["passwordResetByEmail", email],
  ]);
  if (!limit.allowed) return { status: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await findResetRecipient(email);
  // Bylines without a password and banned accounts cannot sign in, so get no link either.
  if (!user || !user.hasPassword || user.banned) return { status: "sent" };
  const token = randomBytes(32).toString("base64url");
  await createResetToken({
    userId: user.id,
    tokenHash: hashResetToken(token),
    expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    createdAt: now,
  });
  const link = `${env.SITE_URL}/reset-password?token=${token}`;
  await sendMail({
    to: user.email,
    subject: "Reset your CoinMela password",
    text:
      `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your CoinMela ` +
      `account. Open this link within an hour to choose a new one:\n\n${link}\n\n` +
      `If you did not ask, ignore this email: your password stays as it is.\n`,
  });
  return { status: "sent" };
}

export type ResetOutcome =
  { status: "done" } | { status: "invalid-token" } | { status: "weak-password"; message: string };

/** Whether a token can still be used (the reset page checks before showing the form). */
export async function resetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  const row = await findUsableToken(token, now);
  return row !== null;
}

async function findUsableToken(token: string, now: Date) {
  const row = await findResetToken(hashResetToken(token));
  if (!row || row.usedAt || row.expiresAt <= now || row.user.banned) return null;
  // A password change after the link was sent voids it.
  if (row.user.passwordChangedAt && row.user.passwordChangedAt > row.createdAt) return null;
  return row;
}

/**
 * Sets a new password with a reset token. The token and every other open token of the account are
 * used up, and the session version moves on, which ends all of the account's sessions.
 */
export async function resetPassword(
  token: string,
  password: string,
  now = new Date(),
): Promise<ResetOutcome> {
  const row = await findUsableToken(token, now);
  if (!row) return { status: "invalid-token" };
  const problem = passwordProblem(password, row.user);
  if (problem) return { status: "weak-password", message: problem };
  const passwordHash = await hashPassword(password);
  // Claiming the token first makes two concurrent uses of one link succeed at most once.
  const done = await resetPasswordWithToken(row, passwordHash, now);
  return done ? { status: "done" } : { status: "invalid-token" };
}

/**
 * Sets a signed-in member's new password (checked by the caller). Like a reset, it ends every
 * session of the account and uses up its open reset links; answers what a new session needs.
 */
export async function changePassword(userId: number, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  return setPassword(userId, passwordHash, now);
}
