import "server-only";
import { consume } from "@/features/rate-limits/limiter";
import type { CurrentUser } from "@/lib/auth";
import { expireCacheTags } from "@/lib/cache-expiry";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { moderationStatus } from "./rules";

// Posting a comment once its input is valid and its author known: shared by the comment form's
// server action and POST /api/comments, so both apply the same checks and the same moderation.

export type CreateCommentResult =
  | { kind: "created"; id: number; status: "APPROVED" | "PENDING" }
  | { kind: "article-gone" }
  | { kind: "parent-gone" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

export async function createComment(
  user: CurrentUser,
  input: { articleSlug: string; parentId?: number; body: string },
): Promise<CreateCommentResult> {
  const article = await db.article.findFirst({
    where: { slug: input.articleSlug, status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: { id: true, slug: true },
  });
  if (!article) return { kind: "article-gone" };
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: {
        id: input.parentId,
        articleId: article.id,
        OR: [{ status: "APPROVED" }, { status: "PENDING", authorId: user.id }],
      },
      select: { id: true },
    });
    if (!parent) return { kind: "parent-gone" };
  }
  const limit = await consume("commentsByUser", String(user.id));
  if (!limit.allowed) return { kind: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
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
      articleId: article.id,
      authorId: user.id,
      parentId: input.parentId ?? null,
      body: input.body,
      status,
    },
    select: { id: true },
  });
  // A comment awaiting moderation changes nothing public: the cached page stays as it is.
  if (status === "APPROVED") await expireCacheTags([cacheTags.comments(article.slug)]);
  return { kind: "created", id: created.id, status };
}
