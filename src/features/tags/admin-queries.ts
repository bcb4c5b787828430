import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import { publicArticleWhere } from "@/features/articles/visibility";

// Reads of the tag admin (uncached: the admin always sees the database).

export const TAGS_PER_PAGE = 25;

type Client = Pick<Prisma.TransactionClient, "article">;

/** One page of tags, alphabetical, with article counts; `q` matches name or slug. */
export async function tagsForAdmin(options: { q?: string; page: number }) {
  const where: Prisma.TagWhereInput = options.q
    ? {
        OR: [
          { name: { contains: options.q, mode: "insensitive" } },
          { slug: { contains: options.q, mode: "insensitive" } },
        ],
      }
    : {};
  return findPage(
    db.tag,
    {
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        _count: { select: { articles: true } },
      },
    },
    options.page,
    TAGS_PER_PAGE,
  );
}

export type AdminTag = Awaited<ReturnType<typeof tagsForAdmin>>["items"][number];

/** Slugs of the public articles that carry tag `tagId` (their pages list the tag). */
export async function publicArticleSlugsWithTag(tagId: number, client: Client = db) {
  const rows = await client.article.findMany({
    where: {
      ...publicArticleWhere(),
      tags: { some: { tagId } },
    },
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}
