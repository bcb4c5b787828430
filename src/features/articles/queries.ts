import "server-only";
import { db } from "@/lib/db";
import type { ArticleCacheSnapshot } from "./refresh-rules";
import { readArticleSnapshot as readSnapshotWith } from "./snapshot-queries";
import { publicArticleWhere, redirectDestination, storedRedirectSelect } from "./visibility";

/** What an article card shows. */
const cardSelect = {
  id: true,
  slug: true,
  kind: true,
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
    where: { ...publicArticleWhere(), kind: "NEWS" },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
}

export type ArticleCard = Awaited<ReturnType<typeof latestPublishedArticles>>[number];

/** A published article by slug, as a card (the home page's pinned lead story). */
export async function publishedArticleCard(slug: string) {
  return db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: cardSelect,
  });
}

/** Everything the article page shows about one published article. */
export async function publishedArticleBySlug(slug: string) {
  return db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: {
      id: true,
      slug: true,
      title: true,
      dek: true,
      bodyHtml: true,
      kind: true,
      publishedAt: true,
      contentUpdatedAt: true,
      sponsored: true,
      sponsorName: true,
      seoTitle: true,
      seoDescription: true,
      featuredImageCaption: true,
      categoryId: true,
      category: { select: { slug: true, name: true } },
      authors: {
        orderBy: { position: "asc" },
        select: {
          user: {
            select: { username: true, name: true, bio: true, avatarUrl: true, socialLinks: true },
          },
        },
      },
      tags: { select: { tag: { select: { id: true, slug: true, name: true } } } },
      featuredImage: { select: { path: true, alt: true, width: true, height: true } },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof publishedArticleBySlug>>>;

/** Five others from the same category or sharing a tag, newest first. */
export async function relatedArticles(
  article: { id: number; categoryId: number; tags: { tag: { id: number } }[] },
  limit = 5,
) {
  return db.article.findMany({
    where: {
      ...publicArticleWhere(),
      id: { not: article.id },
      OR: [
        { categoryId: article.categoryId },
        { tags: { some: { tagId: { in: article.tags.map((t) => t.tag.id) } } } },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
}

/** The articles of the same kind (news or guides) published just before and just after this one. */
export async function adjacentArticles(article: {
  id: number;
  kind: "NEWS" | "GUIDE";
  publishedAt: Date;
}) {
  const nearest = (side: "before" | "after") =>
    db.article.findFirst({
      where: {
        AND: [
          publicArticleWhere(),
          {
            kind: article.kind,
            publishedAt:
              side === "before" ? { lt: article.publishedAt } : { gt: article.publishedAt },
          },
        ],
      },
      orderBy: { publishedAt: side === "before" ? "desc" : "asc" },
      select: cardSelect,
    });
  const [previous, next] = await Promise.all([nearest("before"), nearest("after")]);
  return { previous, next };
}

/** Most read over the last `days` days, by first-party daily view counts. */
export async function popularArticles(limit = 3, days = 7) {
  const since = new Date(Date.now() - days * 86_400_000);
  const ranked = await db.articleView.groupBy({
    by: ["articleId"],
    where: { day: { gte: since }, article: publicArticleWhere() },
    _sum: { count: true },
    orderBy: { _sum: { count: "desc" } },
    take: limit,
  });
  const cards = await db.article.findMany({
    where: { id: { in: ranked.map((row) => row.articleId) } },
    select: cardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ranked.flatMap((row) => byId.get(row.articleId) ?? []);
}

/** Which published articles a list shows: news (default) or guides, optionally narrowed. */
export interface ArticleListFilter {
  kind?: "NEWS" | "GUIDE";
  categoryId?: number;
  tagId?: number;
  authorId?: number;
}

function articleListWhere(filter: ArticleListFilter) {
  return {
    ...publicArticleWhere(),
    kind: filter.kind ?? ("NEWS" as const),
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    ...(filter.tagId ? { tags: { some: { tagId: filter.tagId } } } : {}),
    ...(filter.authorId ? { authors: { some: { userId: filter.authorId } } } : {}),
  };
}

export async function countPublishedArticles(filter: ArticleListFilter) {
  return db.article.count({ where: articleListWhere(filter) });
}

/** One page of a list, newest first. */
export async function publishedArticleList(
  filter: ArticleListFilter,
  page: number,
  pageSize: number,
) {
  return db.article.findMany({
    where: articleListWhere(filter),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: cardSelect,
  });
}

/** One page of a list with the list's total. */
export async function publishedArticlePage(
  options: ArticleListFilter & { page: number; pageSize: number },
) {
  const [total, articles] = await Promise.all([
    countPublishedArticles(options),
    publishedArticleList(options, options.page, options.pageSize),
  ]);
  return { total, articles };
}

/** Where an old URL now lives: the current URL of the article it redirects to, if public. */
export async function redirectTarget(fromPath: string): Promise<string | null> {
  const redirect = await db.redirect.findUnique({
    where: { fromPath },
    select: storedRedirectSelect,
  });
  // The proxy follows the same rule for the same row (article-paths.ts).
  return redirect ? redirectDestination(redirect) : null;
}

export async function tagBySlug(slug: string) {
  return db.tag.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}

export async function allTagSlugs() {
  return (await db.tag.findMany({ select: { slug: true } })).map((tag) => tag.slug);
}

/** Usernames with a byline page: everyone credited on at least one published article. */
export async function authorUsernames() {
  const users = await db.user.findMany({
    where: { articles: { some: { article: publicArticleWhere() } } },
    select: { username: true },
  });
  return users.map((user) => user.username);
}

/** A byline's public profile; never selects the password hash or email. */
export async function authorByUsername(username: string) {
  return db.user.findFirst({
    where: { username, articles: { some: { article: publicArticleWhere() } } },
    select: { id: true, username: true, name: true, bio: true, avatarUrl: true, socialLinks: true },
  });
}

/** The newest few news articles of each category, for the home page's category blocks. */
export async function latestByCategory(perCategory: number, excludeIds: number[] = []) {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true },
  });
  const blocks = await Promise.all(
    categories.map(async (category) => ({
      category,
      articles: await db.article.findMany({
        where: {
          ...publicArticleWhere(),
          kind: "NEWS",
          categoryId: category.id,
          id: { notIn: excludeIds },
        },
        orderBy: { publishedAt: "desc" },
        take: perCategory,
        select: cardSelect,
      }),
    })),
  );
  return blocks.filter((block) => block.articles.length > 0);
}

/** What readers see of article `id` right now (null: it does not exist). Read it before a change
 * and again after, and hand both to refreshArticlePages. */
export function readArticleSnapshot(id: number): Promise<ArticleCacheSnapshot | null> {
  return readSnapshotWith(db, id);
}
