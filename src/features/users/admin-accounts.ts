import "server-only";
import { recordAudit } from "@/lib/audit-log";
import type { Role } from "@/generated/prisma/enums";
import { type AccountChange, selfChangeProblem } from "./admin-rules";
import { inAccountTransaction, lockAccount, spamPendingComments, updateAccount } from "./mutations";

// Role changes, bans and unbans, for the users admin and the comment queue's "ban this user".
// The caller has authorized the action. A ban or a role change moves the account's
// sessionVersion on, so every session it has ends at its next request (src/lib/auth.ts).

export type AccountChangeOutcome =
  | { ok: true; changed: boolean; username: string; spammed: number }
  | { ok: false; reason: "gone" | "self"; message: string };

export async function changeAccount(
  actorId: number,
  targetId: number,
  change: AccountChange,
  options: { spamPendingComments?: boolean } = {},
): Promise<AccountChangeOutcome> {
  return inAccountTransaction(async (tx) => {
    // Locks the row: two admins acting at once apply one after the other.
    const before = await lockAccount(tx, targetId);
    if (!before) return { ok: false, reason: "gone", message: "This account no longer exists." };
    const problem = selfChangeProblem(actorId, before, change);
    if (problem) return { ok: false, reason: "self", message: problem };

    const data =
      change.kind === "ban"
        ? before.banned
          ? null
          : { banned: true, bannedAt: new Date(), sessionVersion: { increment: 1 } }
        : change.kind === "unban"
          ? before.banned
            ? { banned: false, bannedAt: null }
            : null
          : change.role === before.role
            ? null
            : { role: change.role as Role, sessionVersion: { increment: 1 } };

    let spammed = 0;
    if (change.kind === "ban" && options.spamPendingComments) {
      // Pending comments are not public, so no page changes.
      spammed = await spamPendingComments(tx, targetId);
    }
    if (!data && spammed === 0) {
      return { ok: true, changed: false, username: before.username, spammed };
    }
    const after = data ? await updateAccount(tx, targetId, data) : before;
    await recordAudit(
      {
        actorId,
        action: change.kind === "role" ? "user.role" : `user.${change.kind}`,
        entityType: "User",
        entityId: targetId,
        before: { role: before.role, banned: before.banned },
        after: {
          role: after.role,
          banned: after.banned,
          ...(spammed > 0 ? { pendingCommentsMarkedSpam: spammed } : {}),
        },
      },
      tx,
    );
    return { ok: true, changed: true, username: before.username, spammed };
  });
}
