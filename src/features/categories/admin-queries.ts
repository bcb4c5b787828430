import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { CategoryArticles } from "./rules";
import { publicArticleWhere } from "@/features/articles/visibility";

// Reads of the category admin (never cached: the admin always sees the database).

type Client = Pick<Prisma.TransactionClient, "article" | "category">;

/** Every category in nav order with how many articles (any status) are filed under it. */
export async function categoriesForAdmin() {
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { articles: true } },
    },
  });
}

export type AdminCategory = Awaited<ReturnType<typeof categoriesForAdmin>>[number];

/** The public articles of a category: the pages that show its name (see rules.ts). */
export async function publicArticlesOfCategory(
  categoryId: number,
  client: Client = db,
): Promise<CategoryArticles> {
  const articles = await client.article.findMany({
    where: { categoryId, ...publicArticleWhere() },
    select: {
      slug: true,
      kind: true,
      tags: { select: { tag: { select: { slug: true } } } },
      authors: { select: { user: { select: { username: true } } } },
    },
  });
  return {
    articleSlugs: articles.map((a) => a.slug),
    tagSlugs: [...new Set(articles.flatMap((a) => a.tags.map((t) => t.tag.slug)))],
    authorUsernames: [...new Set(articles.flatMap((a) => a.authors.map((x) => x.user.username)))],
    hasNews: articles.some((a) => a.kind === "NEWS"),
    hasGuides: articles.some((a) => a.kind === "GUIDE"),
  };
}
