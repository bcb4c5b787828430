import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { popularArticles } from "./queries";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";

/** How many of the most read count as shown (the home page lists five). */
const POPULAR_SHOWN = 5;

/**
 * What readers see of article `id` right now, or null if it does not exist. Call it before a
 * change and again after, and hand both to refreshArticlePages.
 */
export async function readArticleSnapshot(id: number): Promise<ArticleCacheSnapshot | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
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
      popularArticles(POPULAR_SHOWN),
    ]);
    neighbourSlugs = [previous, next].flatMap((neighbour) => (neighbour ? [neighbour.slug] : []));
    isPopular = popular.some((card) => card.id === article.id);
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
  };
}

/** Expires the given cache tags at once: the next request to any page using them is rebuilt. */
export function expireCacheTags(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * The one function every article change goes through (publish, edit, unpublish, archive,
 * delete, a scheduled article going live): refreshes exactly the pages that showed the article
 * before or show it now. Returns the tags it refreshed.
 */
export function refreshArticlePages(
  before: ArticleCacheSnapshot | null,
  after: ArticleCacheSnapshot | null,
): string[] {
  const tags = tagsForArticleChange(before, after);
  expireCacheTags(tags);
  return tags;
}
