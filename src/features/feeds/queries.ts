import "server-only";
import { publicArticleWhere } from "@/features/articles/visibility";
import { db } from "@/lib/db";

export async function feedArticles(options: { categoryId?: number; limit?: number } = {}) {
  return db.article.findMany({
    where: {
      ...publicArticleWhere(),
      ...(options.categoryId ? { categoryId: options.categoryId } : {}),
    },
    orderBy: { publishedAt: "desc" },
    take: options.limit ?? 30,
    select: {
      slug: true,
      kind: true,
      title: true,
      dek: true,
      bodyHtml: true,
      publishedAt: true,
      contentUpdatedAt: true,
      category: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      featuredImage: { select: { path: true, alt: true } },
    },
  });
}

export type FeedArticle = Awaited<ReturnType<typeof feedArticles>>[number];

/** Every public URL with its last change, for the sitemap. */
export async function sitemapEntries() {
  const [articles, categories, tags, authors, pages] = await Promise.all([
    db.article.findMany({
      where: publicArticleWhere(),
      orderBy: { publishedAt: "desc" },
      select: { slug: true, kind: true, publishedAt: true, contentUpdatedAt: true },
    }),
    db.category.findMany({ select: { slug: true } }),
    db.tag.findMany({
      where: { articles: { some: { article: publicArticleWhere() } } },
      select: { slug: true },
    }),
    db.user.findMany({
      where: { articles: { some: { article: publicArticleWhere() } } },
      select: { username: true },
    }),
    db.page.findMany({ where: { published: true }, select: { slug: true, updatedAt: true } }),
  ]);
  return { articles, categories, tags, authors, pages };
}

/** Google News sitemap: news articles of the last 48 hours. */
export async function recentNewsArticles(hours = 48) {
  return db.article.findMany({
    where: {
      AND: [
        publicArticleWhere(),
        { kind: "NEWS", publishedAt: { gte: new Date(Date.now() - hours * 3_600_000) } },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: { slug: true, kind: true, title: true, publishedAt: true },
  });
}
