// Reads what the public site shows of one article, for refresh-rules.ts. Takes the Prisma
// client as an argument (no "server-only"), so the end-to-end tests can read snapshots too.
import type { PrismaClient } from "@/lib/prisma-client";
import type { ArticleCacheSnapshot } from "./refresh-rules";

/** How many of the most read count as shown (the home page lists five). */
const POPULAR_SHOWN = 5;

/**
 * What readers see of article `id` right now, or null if it does not exist. Call it before a
 * change and again after, and hand both to refreshArticlePages.
 */
export async function readArticleSnapshot(
  db: PrismaClient,
  id: number,
): Promise<ArticleCacheSnapshot | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      publishedAt: true,
      category: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      authors: { select: { user: { select: { username: true } } } },
    },
  });
  if (!article) return null;
  const now = new Date();
  const publishedAt = article.publishedAt;
  const isPublic = article.status === "PUBLISHED" && publishedAt !== null && publishedAt <= now;
  let neighbourSlugs: string[] = [];
  let isPopular = false;
  if (isPublic) {
    const visible = { status: "PUBLISHED" as const, kind: article.kind, id: { not: article.id } };
    const [previous, next, popular] = await Promise.all([
      db.article.findFirst({
        where: { ...visible, publishedAt: { lt: publishedAt } },
        orderBy: { publishedAt: "desc" },
        select: { slug: true },
      }),
      db.article.findFirst({
        where: { ...visible, publishedAt: { gt: publishedAt, lte: now } },
        orderBy: { publishedAt: "asc" },
        select: { slug: true },
      }),
      db.articleView.groupBy({
        by: ["articleId"],
        where: {
          day: { gte: new Date(now.getTime() - 7 * 86_400_000) },
          article: { status: "PUBLISHED", publishedAt: { lte: now } },
        },
        _sum: { count: true },
        orderBy: { _sum: { count: "desc" } },
        take: POPULAR_SHOWN,
      }),
    ]);
    neighbourSlugs = [previous, next].flatMap((neighbour) => (neighbour ? [neighbour.slug] : []));
    isPopular = popular.some((row) => row.articleId === article.id);
  }
  return {
    slug: article.slug,
    kind: article.kind,
    categorySlug: article.category.slug,
    tagSlugs: article.tags.map((t) => t.tag.slug),
    authorUsernames: article.authors.map((a) => a.user.username),
    isPublic,
    neighbourSlugs,
    isPopular,
    title: article.title,
    publishedAt: article.publishedAt,
  };
}
