import "server-only";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import type { QueueStatus } from "./moderation-rules";

// Reads of the moderation queue. Authors appear by name and username (and their ban state, so a
// banned author is marked); never their email or password hash.

export const QUEUE_PAGE_SIZE = 25;

export async function listQueue(filter: { status: QueueStatus; article?: string; page: number }) {
  const where = {
    status: filter.status,
    ...(filter.article ? { article: { slug: filter.article } } : {}),
  };
  const order = filter.status === "PENDING" ? "asc" : "desc";
  const [paged, counts] = await Promise.all([
    findPage(
      db.comment,
      {
        where,
        // Pending: oldest first, as a queue; the other lists newest first.
        orderBy: [{ createdAt: order }, { id: order }],
        select: {
          id: true,
          body: true,
          status: true,
          createdAt: true,
          editedAt: true,
          parentId: true,
          author: { select: { id: true, username: true, name: true, banned: true, role: true } },
          article: { select: { slug: true, title: true, kind: true, status: true } },
        },
      },
      filter.page,
      QUEUE_PAGE_SIZE,
    ),
    db.comment.groupBy({
      by: ["status"],
      where: filter.article ? { article: { slug: filter.article } } : {},
      _count: { _all: true },
    }),
  ]);
  return {
    ...paged,
    countByStatus: Object.fromEntries(
      counts.map((row) => [row.status, row._count._all]),
    ) as Partial<Record<QueueStatus, number>>,
  };
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];

export function findArticleTitle(slug: string) {
  return db.article.findUnique({ where: { slug }, select: { title: true } });
}

/** Who wrote a comment; null when it is gone. */
export function findCommentAuthor(commentId: number) {
  return db.comment.findUnique({ where: { id: commentId }, select: { authorId: true } });
}
