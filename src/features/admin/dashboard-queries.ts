import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

// What the admin dashboard shows: the editorial queue and last week's readership.

const queueSelect = {
  id: true,
  title: true,
  status: true,
  scheduledFor: true,
  updatedAt: true,
  authors: { select: { user: { select: { name: true } } }, orderBy: { position: "asc" } },
} as const;

export type QueueItem = Awaited<ReturnType<typeof editorialQueue>>["drafts"][number];

/** Drafts (only the user's own for a contributor), articles in review, and scheduled ones. */
export async function editorialQueue(viewer: { id: number; seesAll: boolean }) {
  const own = viewer.seesAll ? {} : { authors: { some: { userId: viewer.id } } };
  const queue = (status: ArticleStatus, orderBy: Prisma.ArticleOrderByWithRelationInput) =>
    db.article.findMany({ where: { status, ...own }, orderBy, take: 10, select: queueSelect });
  const [drafts, inReview, scheduled] = await Promise.all([
    queue("DRAFT", { updatedAt: "desc" }),
    queue("IN_REVIEW", { updatedAt: "asc" }),
    queue("SCHEDULED", { scheduledFor: "asc" }),
  ]);
  return { drafts, inReview, scheduled };
}

export function countPendingComments() {
  return db.comment.count({ where: { status: "PENDING" } });
}

/** Views per day for the last `days` days (oldest first, zero-filled) and the most-read articles. */
export async function readershipSince(days = 7, limit = 5) {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const since = new Date(today.getTime() - (days - 1) * 86_400_000);
  const [perDay, ranked] = await Promise.all([
    db.articleView.groupBy({
      by: ["day"],
      where: { day: { gte: since } },
      _sum: { count: true },
    }),
    db.articleView.groupBy({
      by: ["articleId"],
      where: { day: { gte: since } },
      _sum: { count: true },
      orderBy: { _sum: { count: "desc" } },
      take: limit,
    }),
  ]);
  const countByDay = new Map(perDay.map((row) => [row.day.getTime(), row._sum.count ?? 0]));
  const daily = Array.from({ length: days }, (_, index) => {
    const day = new Date(since.getTime() + index * 86_400_000);
    return { day, views: countByDay.get(day.getTime()) ?? 0 };
  });
  const articles = await db.article.findMany({
    where: { id: { in: ranked.map((row) => row.articleId) } },
    select: { id: true, title: true, slug: true, kind: true, status: true },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const top = ranked.flatMap((row) => {
    const article = byId.get(row.articleId);
    return article ? [{ ...article, views: row._sum.count ?? 0 }] : [];
  });
  return { daily, top };
}
