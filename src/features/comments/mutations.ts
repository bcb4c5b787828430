import "server-only";
import { consume } from "@/features/rate-limits/limiter";
import { formatWait } from "@/features/rate-limits/rules";
import type { CommentStatus } from "@/generated/prisma/enums";
import type { ActionContext } from "@/lib/action-chain";
import type { CurrentUser } from "@/lib/auth";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { invalid, notFound, tooMany } from "@/lib/errors";
import type { Tx } from "@/lib/write-types";
import { readFormToken } from "./form-token";
import { publishedArticleId } from "./queries";
import { filledTooFast, moderationStatus } from "./rules";

// A member's writes to comments. Refusals are thrown for the error map (src/lib/errors.ts), so the
// comment form's action and POST /api/comments answer the same problem with the same status and
// words. A comment awaiting moderation changes nothing public: only a change to what readers see
// expires the article's comments tag (through the action's `expire`).

type Expire = Pick<ActionContext<unknown>, "expire">["expire"];

const commentsOf = (slug: string) => [cacheTags.comments(slug)];

/** Posts a comment: the form token's age, the article and the parent, the rate limit, moderation. */
export async function createComment(
  user: CurrentUser,
  input: { articleSlug: string; parentId?: number; body: string; formToken: string },
  expire: Expire,
): Promise<{ id: number; status: "APPROVED" | "PENDING" }> {
  const renderedAt = readFormToken(input.formToken);
  if (renderedAt === null) {
    throw invalid("This form is out of date. Reload the page and post again.");
  }
  if (filledTooFast(renderedAt, Date.now())) {
    throw invalid("That was quick! Read it over and post again.");
  }
  const articleId = await publishedArticleId(input.articleSlug);
  if (!articleId) throw notFound("This article no longer takes comments.");
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: {
        id: input.parentId,
        articleId,
        OR: [{ status: "APPROVED" }, { status: "PENDING", authorId: user.id }],
      },
      select: { id: true },
    });
    if (!parent) throw notFound("The comment you reply to is gone.");
  }
  const limit = await consume("commentsByUser", String(user.id));
  if (!limit.allowed) {
    const wait = limit.retryAfterSeconds;
    throw tooMany(`You are commenting very fast. Try again in ${formatWait(wait)}.`, wait);
  }
  const approvedBefore = await db.comment.count({
    where: { authorId: user.id, status: "APPROVED" },
  });
  const status = moderationStatus({
    role: user.role,
    hasApprovedComment: approvedBefore > 0,
    body: input.body,
  });
  const created = await db.comment.create({
    data: {
      articleId,
      authorId: user.id,
      parentId: input.parentId ?? null,
      body: input.body,
      status,
    },
    select: { id: true },
  });
  if (status === "APPROVED") expire(commentsOf(input.articleSlug));
  return { id: created.id, status };
}

/** A comment as its author (or a moderator) is about to change it. */
export function findOwnComment(commentId: number) {
  return db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      authorId: true,
      status: true,
      createdAt: true,
      article: { select: { slug: true } },
    },
  });
}

type OwnComment = NonNullable<Awaited<ReturnType<typeof findOwnComment>>>;

export async function saveCommentEdit(
  comment: OwnComment,
  change: { body: string; status: OwnComment["status"]; editedAt: Date },
  expire: Expire,
): Promise<void> {
  await db.comment.update({ where: { id: comment.id }, data: change });
  if (comment.status === "APPROVED") expire(commentsOf(comment.article.slug));
}

/** The row stays, so replies keep their place under "comment deleted"; the text goes. */
export async function deleteComment(comment: OwnComment, expire: Expire): Promise<void> {
  await db.comment.update({
    where: { id: comment.id },
    data: { status: "DELETED", body: "", deletedAt: new Date() },
  });
  if (comment.status === "APPROVED") expire(commentsOf(comment.article.slug));
}

// The moderation queue's writes (moderation-apply.ts decides): a decision on several comments is
// one transaction, whose client the steps below take.

/** Runs a moderation decision in one transaction. */
export function inModerationTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work);
}

/** The comments a decision names, with their status and article. */
export function readCommentsToModerate(tx: Tx, commentIds: number[]) {
  return tx.comment.findMany({
    where: { id: { in: commentIds } },
    select: { id: true, status: true, body: true, article: { select: { slug: true } } },
  });
}

/**
 * Moves a comment from status `from` to `to`, only if it still has `from`: a concurrent
 * moderator's change wins, not ours. A deleted comment keeps its text for the record (readers
 * see only "comment deleted"). Answers whether it changed.
 */
export async function moveCommentStatus(
  tx: Tx,
  commentId: number,
  from: CommentStatus,
  to: CommentStatus,
  now: Date,
): Promise<boolean> {
  const updated = await tx.comment.updateMany({
    where: { id: commentId, status: from },
    data: { status: to, deletedAt: to === "DELETED" ? now : null },
  });
  return updated.count === 1;
}
