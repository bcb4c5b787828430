import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { articleUrl } from "@/features/articles/urls";
import { db } from "@/lib/db";
import { isSiteSection } from "@/lib/site-sections";
import { findPage } from "@/lib/paged-query";
import { isPublicArticle } from "@/features/articles/visibility";

// Reads of the redirect admin (uncached) and the checks that need the database.

export const REDIRECTS_PER_PAGE = 25;

export async function redirectsForAdmin(options: { q?: string; page: number }) {
  const where: Prisma.RedirectWhereInput = options.q
    ? {
        OR: [
          { fromPath: { contains: options.q, mode: "insensitive" } },
          { toPath: { contains: options.q, mode: "insensitive" } },
          { article: { slug: { contains: options.q, mode: "insensitive" } } },
        ],
      }
    : {};
  return findPage(
    db.redirect,
    {
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        fromPath: true,
        toPath: true,
        statusCode: true,
        createdAt: true,
        article: {
          select: { slug: true, kind: true, title: true, status: true, publishedAt: true },
        },
      },
    },
    options.page,
    REDIRECTS_PER_PAGE,
  );
}

export type AdminRedirect = Awaited<ReturnType<typeof redirectsForAdmin>>["items"][number];

/** Where redirect rows now lead, by from-path: the hops a loop check follows. */
export async function redirectHop(
  fromPath: string,
  excludeId?: number,
): Promise<string | null | undefined> {
  const row = await db.redirect.findFirst({
    where: { fromPath, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: {
      toPath: true,
      article: { select: { slug: true, kind: true, status: true, publishedAt: true } },
    },
  });
  if (!row) return undefined; // no redirect from here
  if (row.article) return isPublicArticle(row.article) ? articleUrl(row.article) : null;
  return row.toPath;
}

/**
 * Why `path` must keep answering by itself, or null: a live article's own URL, a category, tag or
 * published static page that exists, or one of the site's own sections.
 */
export async function liveUrlProblem(path: string): Promise<string | null> {
  const segments = path.split("/").slice(1);
  const [first, second] = segments;
  if (segments.length === 1 && first) {
    if (isSiteSection(first)) {
      return `${path} is one of the site's own sections.`;
    }
    const page = await db.page.findFirst({
      where: { slug: first, published: true },
      select: { id: true },
    });
    if (page) return `${path} is a published page. Change the page's slug instead.`;
    return null;
  }
  if (segments.length !== 2 || !second) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(second);
  } catch {
    return null;
  }
  if (first === "news" || first === "learn") {
    const article = await db.article.findUnique({
      where: { slug },
      select: { status: true, publishedAt: true },
    });
    if (article && isPublicArticle(article)) return `${path} is the URL of a live article.`;
  }
  if (
    first === "category" &&
    (await db.category.findUnique({ where: { slug }, select: { id: true } }))
  ) {
    return `${path} is a live category page. Change the category's slug instead.`;
  }
  if (first === "tag" && (await db.tag.findUnique({ where: { slug }, select: { id: true } }))) {
    return `${path} is a live tag page.`;
  }
  return null;
}
