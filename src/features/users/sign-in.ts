import "server-only";
import { consume, consumeAll, refund, reset } from "@/features/rate-limits/limiter";
import { recordSignIn } from "./mutations";
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
 * Checks a username-or-email and password. Every attempt is counted before any password is
 * verified, in one atomic step per counter, so parallel guesses cannot slip past the limit: per
 * address, per account (so its username and email share one budget) and per typed name
 * (existing or not, so the limit itself reveals nothing). A banned
 * account is told so only after the right password. A success gives its count back to the
 * address and clears the account's counter and those of both its names.
 */
export async function signInWithPassword(
  input: { username: string; password: string },
  ip: string,
): Promise<SignInOutcome> {
  const identifier = normalizeIdentifier(input.username);
  // An address over its limit stops here, before it spends the account's budget too.
  const byIp = await consume("signInByIp", ip);
  if (!byIp.allowed) {
    return { ok: false, error: "limited", retryAfterSeconds: byIp.retryAfterSeconds };
  }
  const user = await findCredentialsByIdentifier(identifier);
  // The account first: its five tries are the budget the owner knows. A name with no account is
  // counted under its own name in the account's place, so it takes the same steps (and time).
  const limit = await consumeAll([
    ["signInByAccount", user ? String(user.id) : `name:${identifier}`],
    ["signInByIdentifier", identifier],
  ]);
  if (!limit.allowed) {
    return { ok: false, error: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await decoy(), input.password), false);
  if (!user || !valid) return { ok: false, error: "invalid" };
  if (user.banned) return { ok: false, error: "banned" };
  await Promise.all([
    refund("signInByIp", ip),
    reset("signInByAccount", String(user.id)),
    // Both of the account's names: the owner has just proved who they are under either.
    reset("signInByIdentifier", normalizeIdentifier(user.username)),
    reset("signInByIdentifier", normalizeIdentifier(user.email)),
  ]);
  await recordSignIn(user.id);
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
