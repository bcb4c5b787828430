import "server-only";
import { recordAudit } from "@/lib/audit-log";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { type AccountChange, selfChangeProblem } from "./admin-rules";

// Role changes, bans and unbans, for the users admin and the comment queue's "ban this user".
// The caller has authorized the action. A ban or a role change moves the account's
// sessionVersion on, so every session it has ends at its next request (src/lib/auth.ts).

export type AccountChangeOutcome =
  | { ok: true; changed: boolean; username: string; spammed: number }
  | { ok: false; reason: "gone" | "self"; message: string };

const auditFields = { id: true, username: true, role: true, banned: true } as const;

export async function changeAccount(
  actorId: number,
  targetId: number,
  change: AccountChange,
  options: { spamPendingComments?: boolean } = {},
): Promise<AccountChangeOutcome> {
  return db.$transaction(async (tx) => {
    // Locks the row: two admins acting at once apply one after the other.
    const locked = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "User" WHERE id = ${targetId} FOR UPDATE`;
    const before = locked.length
      ? await tx.user.findUnique({ where: { id: targetId }, select: auditFields })
      : null;
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
      spammed = (
        await tx.comment.updateMany({
          where: { authorId: targetId, status: "PENDING" },
          data: { status: "SPAM" },
        })
      ).count;
    }
    if (!data && spammed === 0) {
      return { ok: true, changed: false, username: before.username, spammed };
    }
    const after = data
      ? await tx.user.update({ where: { id: targetId }, data, select: auditFields })
      : before;
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
