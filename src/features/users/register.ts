import "server-only";
import { consume } from "@/features/rate-limits/limiter";
import { sendMail } from "@/lib/mailer";
import { env } from "@/env";
import { createMember } from "./mutations";
import { hashPassword } from "./password";
import { findAccountsUsing } from "./queries";
import type { RegisterInput } from "./schemas";

export type RegisterOutcome =
  | {
      status: "created";
      user: { id: number; username: string; name: string; sessionVersion: number };
    }
  | { status: "limited"; retryAfterSeconds: number }
  | { status: "taken"; username: boolean; email: boolean };

/**
 * Creates a member account. A username or email already in use is refused (the form says so:
 * registration signs the new member in at once, so it cannot answer "done" without an account).
 * When the email is the one in use, its owner is told by mail that someone tried, at most once an
 * hour per account, so the answer's hint never goes unnoticed and cannot be used to flood them.
 */
export async function registerAccount(input: RegisterInput, ip: string): Promise<RegisterOutcome> {
  const limit = await consume("registrationByIp", ip);
  if (!limit.allowed) return { status: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const { username, email, name, password } = input;
  const clash = await findAccountsUsing(username, email);
  const owner = clash.find((user) => user.email === email);
  const usernameTaken = clash.some((user) => user.username === username);
  if (owner) await tellOwner(owner);
  if (owner || usernameTaken) {
    return { status: "taken", username: usernameTaken, email: Boolean(owner) };
  }
  const user = await createMember({
    username,
    email,
    name,
    passwordHash: await hashPassword(password),
  });
  return { status: "created", user };
}

async function tellOwner(owner: { id: number; email: string; name: string }) {
  const notice = await consume("registrationNoticeByAccount", String(owner.id));
  if (!notice.allowed) return;
  await sendMail({
    to: owner.email,
    subject: "Someone tried to register with your email address",
    text:
      `Hello ${owner.name},\n\nSomeone just tried to create a new CoinMela account with this ` +
      `email address. It already belongs to your account, so no new account was made.\n\n` +
      `If it was you, sign in instead: ${env.SITE_URL}/signin\n` +
      `Forgot your password? ${env.SITE_URL}/forgot-password\n\n` +
      `If it was not you, you can ignore this email: your account is unchanged.\n`,
  });
}
