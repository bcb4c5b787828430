import "server-only";
import { z } from "zod";
import { env } from "@/env";
import { db } from "@/lib/db";
import { articleUrl } from "./urls";
import { publicArticleWhere } from "./visibility";

export const articleListQuerySchema = z.object({
  page: z.coerce
    .number({ message: "page must be a whole number from 1" })
    .int()
    .min(1)
    .max(10_000)
    .default(1),
  perPage: z.coerce
    .number({ message: "perPage must be a whole number" })
    .int()
    .min(1)
    .max(50)
    .default(20),
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "category is a category slug")
    .optional(),
  tag: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "tag is a tag slug")
    .optional(),
});

const apiSelect = {
  slug: true,
  kind: true,
  title: true,
  dek: true,
  publishedAt: true,
  contentUpdatedAt: true,
  sponsored: true,
  category: { select: { slug: true, name: true } },
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  authors: {
    orderBy: { position: "asc" as const },
    select: { user: { select: { username: true, name: true } } },
  },
  featuredImage: { select: { path: true, alt: true, width: true, height: true } },
} as const;

type ApiRow = { bodyHtml?: string } & Awaited<ReturnType<typeof listRows>>[number];

function listRows(where: object, skip: number, take: number) {
  return db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: apiSelect,
  });
}

/** Our public shape: absolute URLs, no internal ids. */
function toApi(row: ApiRow) {
  const absolute = (path: string) => new URL(path, env.SITE_URL).toString();
  return {
    slug: row.slug,
    kind: row.kind === "GUIDE" ? "guide" : "news",
    url: absolute(articleUrl(row)),
    title: row.title,
    dek: row.dek,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: (row.contentUpdatedAt ?? row.publishedAt)?.toISOString() ?? null,
    sponsored: row.sponsored,
    category: row.category,
    tags: row.tags.map((t) => t.tag),
    authors: row.authors.map((a) => ({ ...a.user, url: absolute(`/author/${a.user.username}`) })),
    image: row.featuredImage
      ? { ...row.featuredImage, url: absolute(row.featuredImage.path), path: undefined }
      : null,
    ...(row.bodyHtml !== undefined ? { bodyHtml: row.bodyHtml } : {}),
  };
}

export async function listArticlesForApi(query: z.infer<typeof articleListQuerySchema>) {
  const where = {
    ...publicArticleWhere(),
    ...(query.category ? { category: { slug: query.category } } : {}),
    ...(query.tag ? { tags: { some: { tag: { slug: query.tag } } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    listRows(where, (query.page - 1) * query.perPage, query.perPage),
  ]);
  return {
    page: query.page,
    perPage: query.perPage,
    total,
    totalPages: Math.max(1, Math.ceil(total / query.perPage)),
    articles: rows.map(toApi),
  };
}

export async function articleForApi(slug: string) {
  const row = await db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: { ...apiSelect, bodyHtml: true },
  });
  return row ? toApi(row) : null;
}
