import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// The reads the editor's writes need before they change anything: the article as it is now
// (for the version check and the audit entry), whether a save's references exist, and the
// revision a restore brings back. The writes themselves are in mutations.ts.

const currentSelect = {
  id: true,
  version: true,
  status: true,
  slug: true,
  kind: true,
  title: true,
  dek: true,
  bodySource: true,
  publishedAt: true,
  contentUpdatedAt: true,
  scheduledFor: true,
  authors: { select: { userId: true } },
} as const satisfies Prisma.ArticleSelect;

export type CurrentArticle = Prisma.ArticleGetPayload<{ select: typeof currentSelect }>;

/** The article a write starts from, or null when it is gone. */
export function articleForWrite(id: number): Promise<CurrentArticle | null> {
  return db.article.findUnique({ where: { id }, select: currentSelect });
}

/** What the database holds of the things a save points at. */
export async function referencesOf(fields: {
  slug: string;
  categoryId: number;
  tagIds: number[];
  authorIds: number[];
  featuredImageId: number | null;
}) {
  const [slugOwner, category, tagCount, authors, media] = await Promise.all([
    db.article.findUnique({ where: { slug: fields.slug }, select: { id: true } }),
    db.category.findUnique({ where: { id: fields.categoryId }, select: { id: true } }),
    db.tag.count({ where: { id: { in: fields.tagIds } } }),
    db.user.findMany({
      where: { id: { in: fields.authorIds }, banned: false },
      select: { id: true, role: true, _count: { select: { articles: true } } },
    }),
    fields.featuredImageId === null
      ? null
      : db.media.findUnique({ where: { id: fields.featuredImageId }, select: { id: true } }),
  ]);
  return {
    slugOwnerId: slugOwner?.id ?? null,
    categoryExists: category !== null,
    tagCount,
    /** Unbanned staff, or readers who already have a byline. */
    bylineCount: authors.filter((a) => a.role !== "READER" || a._count.articles > 0).length,
    imageExists: media !== null,
  };
}

/** The kept text and snapshot of one revision of article `articleId`. */
export function revisionToRestore(articleId: number, revisionId: number) {
  return db.articleRevision.findFirst({
    where: { id: revisionId, articleId },
    select: { title: true, dek: true, bodySource: true, snapshot: true },
  });
}

/** Which of the references a revision kept still exist (ids in the order given). */
export async function stillExisting(kept: {
  tagIds?: number[];
  authorIds?: number[];
  categoryId?: number;
  featuredImageId?: number | null;
}) {
  const [tags, authors, category, media] = await Promise.all([
    db.tag.findMany({ where: { id: { in: kept.tagIds ?? [] } }, select: { id: true } }),
    db.user.findMany({ where: { id: { in: kept.authorIds ?? [] } }, select: { id: true } }),
    kept.categoryId
      ? db.category.findUnique({ where: { id: kept.categoryId }, select: { id: true } })
      : null,
    kept.featuredImageId
      ? db.media.findUnique({ where: { id: kept.featuredImageId }, select: { id: true } })
      : null,
  ]);
  const authorIds = new Set(authors.map((a) => a.id));
  return {
    tagIds: tags.map((t) => t.id),
    authorIds: (kept.authorIds ?? []).filter((id) => authorIds.has(id)),
    categoryId: category?.id ?? null,
    featuredImageId: media?.id ?? null,
  };
}
