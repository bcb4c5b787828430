import "server-only";
import { check, clear, consume } from "@/features/rate-limits/store";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { findCredentialsByIdentifier } from "./queries";
import { normalizeIdentifier } from "./rules";

export type SignInOutcome =
  | {
      ok: true;
      user: { id: number; username: string; name: string; role: string; sessionVersion: number };
    }
  | { ok: false; error: "invalid" | "banned" }
  | { ok: false; error: "limited"; retryAfterSeconds: number };

// Verifying against a real hash when the account does not exist makes unknown and known accounts
// take the same time to fail.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword("decoy password that matches no account"));

/**
 * Checks a username-or-email and password. Failures are counted per address and per account
 * name (existing or not, so the limit itself reveals nothing), and both limits are checked before
 * any password is verified. A banned account is told so only after the right password.
 */
export async function signInWithPassword(
  input: { username: string; password: string },
  ip: string,
): Promise<SignInOutcome> {
  const identifier = normalizeIdentifier(input.username);
  for (const limit of [check("signInByIp", ip), check("signInByAccount", identifier)] as const) {
    const decision = await limit;
    if (!decision.allowed) {
      return { ok: false, error: "limited", retryAfterSeconds: decision.retryAfterSeconds };
    }
  }
  const user = await findCredentialsByIdentifier(identifier);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await decoy(), input.password), false);
  if (!user || !valid) {
    await Promise.all([consume("signInByIp", ip), consume("signInByAccount", identifier)]);
    return { ok: false, error: "invalid" };
  }
  if (user.banned) return { ok: false, error: "banned" };
  await clear("signInByAccount", identifier);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return {
    ok: true,
    user: {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
