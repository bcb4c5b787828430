import "server-only";
import { db } from "@/lib/db";

/** What an article card shows. */
const cardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  sponsored: true,
  category: { select: { slug: true, name: true } },
  authors: {
    orderBy: { position: "asc" },
    select: { user: { select: { username: true, name: true } } },
  },
  featuredImage: { select: { path: true, alt: true, width: true, height: true } },
} as const;

export async function latestPublishedArticles(limit: number) {
  return db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
}

export type ArticleCard = Awaited<ReturnType<typeof latestPublishedArticles>>[number];

/** A published article by slug, as a card (the home page's pinned lead story). */
export async function publishedArticleCard(slug: string) {
  return db.article.findFirst({
    where: { slug, status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: cardSelect,
  });
}
