import "server-only";
import { type AccountChangeOutcome, changeAccount } from "@/features/users/admin-accounts";
import type { ActionContext } from "@/lib/action-chain";
import { recordAudit } from "@/lib/audit-log";
import { cacheTags } from "@/lib/cache-tags";
import {
  changesPublicView,
  type Decision,
  decisionApplies,
  STATUS_AFTER,
} from "./moderation-rules";
import { findCommentAuthor } from "./moderation-queries";
import { inModerationTransaction, moveCommentStatus, readCommentsToModerate } from "./mutations";

// What the moderation queue's buttons do. A decision on comments audits each change in the same
// transaction and has the action expire the comment cache of exactly the articles whose public
// comments changed; "ban" bans a comment's author (users/admin-accounts.ts audits it).

/** Bans the author of a comment, optionally sending their pending comments to spam; null when
 * the comment is gone. */
export async function banAuthorOf(
  actorId: number,
  commentId: number,
  spamPendingComments: boolean,
): Promise<AccountChangeOutcome | null> {
  const comment = await findCommentAuthor(commentId);
  if (!comment) return null;
  return changeAccount(actorId, comment.authorId, { kind: "ban" }, { spamPendingComments });
}

export async function applyDecision(
  actorId: number,
  decision: Decision,
  commentIds: number[],
  expire: ActionContext<unknown>["expire"],
): Promise<{ changed: number; refreshedSlugs: string[] }> {
  const after = STATUS_AFTER[decision];
  const now = new Date();
  const result = await inModerationTransaction(async (tx) => {
    const comments = await readCommentsToModerate(tx, commentIds);
    const slugs = new Set<string>();
    let changed = 0;
    for (const comment of comments) {
      if (!decisionApplies(comment, decision)) continue;
      // Conditional on the status read above: a concurrent moderator's change wins, not ours.
      if (!(await moveCommentStatus(tx, comment.id, comment.status, after, now))) continue;
      changed++;
      await recordAudit(
        {
          actorId,
          action: `comment.${decision}`,
          entityType: "Comment",
          entityId: comment.id,
          before: { status: comment.status },
          after: { status: after },
        },
        tx,
      );
      if (changesPublicView(comment.status, after)) slugs.add(comment.article.slug);
    }
    return { changed, refreshedSlugs: [...slugs].sort() };
  });
  expire(result.refreshedSlugs.map((slug) => cacheTags.comments(slug)));
  return result;
}
