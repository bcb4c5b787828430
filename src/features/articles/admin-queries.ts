import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { StaffUser } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import type { ArticleFields } from "./schemas";
import type { ArticleListFilters } from "./schemas";
import { articleUrl } from "./urls";
import type { ArticleStatus } from "./workflow-rules";

// The admin's reads of articles: the list, the editor's article and choices, revisions. Unlike
// the public reads these see every status, and they are never cached.

export const ADMIN_PAGE_SIZE = 20;

/** Contributors see only articles they are an author of; editors and admins see all. */
function visibleTo(user: StaffUser): Prisma.ArticleWhereInput {
  return user.role === "CONTRIBUTOR" ? { authors: { some: { userId: user.id } } } : {};
}

export async function listAdminArticles(filters: ArticleListFilters, user: StaffUser) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleTo(user),
      filters.status ? { status: filters.status } : {},
      filters.category ? { categoryId: filters.category } : {},
      filters.author ? { authors: { some: { userId: filters.author } } } : {},
      filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {},
    ],
  };
  return findPage(
    db.article,
    {
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        slug: true,
        kind: true,
        status: true,
        scheduledFor: true,
        publishedAt: true,
        updatedAt: true,
        category: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      },
    },
    filters.page,
    ADMIN_PAGE_SIZE,
  );
}

/** What the list's filters offer: every category, and the people who wrote something. */
export async function articleFilterChoices() {
  const [categories, authors] = await Promise.all([
    db.category.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { articles: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, authors };
}

export type AdminArticleRow = Awaited<ReturnType<typeof listAdminArticles>>["items"][number];

const editorSelect = {
  id: true,
  version: true,
  status: true,
  slug: true,
  title: true,
  dek: true,
  bodySource: true,
  kind: true,
  categoryId: true,
  featuredImageId: true,
  featuredImageCaption: true,
  seoTitle: true,
  seoDescription: true,
  sponsored: true,
  sponsorName: true,
  publishedAt: true,
  scheduledFor: true,
  updatedAt: true,
  authors: { orderBy: { position: "asc" }, select: { userId: true } },
  tags: { select: { tagId: true } },
} as const satisfies Prisma.ArticleSelect;

type EditorRow = Prisma.ArticleGetPayload<{ select: typeof editorSelect }>;

/** An article as the editor holds it: its fields plus what the editor shows around them.
 * Dates are ISO strings (the value crosses to the browser and into localStorage). */
export interface EditorArticle {
  id: number;
  version: number;
  status: ArticleStatus;
  url: string;
  publishedAt: string | null;
  scheduledFor: string | null;
  updatedAt: string;
  fields: ArticleFields;
}

export function toEditorArticle(row: EditorRow): EditorArticle {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    url: articleUrl(row),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    fields: {
      title: row.title,
      dek: row.dek,
      slug: row.slug,
      bodySource: row.bodySource,
      kind: row.kind,
      categoryId: row.categoryId,
      tagIds: row.tags.map((t) => t.tagId).sort((a, b) => a - b),
      newTags: [],
      authorIds: row.authors.map((a) => a.userId),
      featuredImageId: row.featuredImageId,
      featuredImageCaption: row.featuredImageCaption ?? "",
      seoTitle: row.seoTitle ?? "",
      seoDescription: row.seoDescription ?? "",
      sponsored: row.sponsored,
      sponsorName: row.sponsorName ?? "",
    },
  };
}

export async function editorArticle(
  id: number,
  client: Pick<Prisma.TransactionClient, "article"> = db,
): Promise<EditorArticle | null> {
  const row = await client.article.findUnique({ where: { id }, select: editorSelect });
  return row ? toEditorArticle(row) : null;
}

/** What the editor offers to pick from. */
export async function editorChoices() {
  const [categories, tags, authors, media] = await Promise.all([
    db.category.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // Staff, and bylines that cannot sign in but already write (e.g. "News Desk").
    db.user.findMany({
      where: {
        banned: false,
        OR: [{ role: { not: "READER" } }, { articles: { some: {} } }],
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, username: true },
    }),
    db.media.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 24,
      select: { id: true, path: true, alt: true, width: true, height: true },
    }),
  ]);
  return { categories, tags, authors, media };
}

export type EditorChoices = Awaited<ReturnType<typeof editorChoices>>;

/** The featured image currently chosen, in case it is older than the recent ones listed. */
export async function mediaById(id: number) {
  return db.media.findUnique({
    where: { id },
    select: { id: true, path: true, alt: true, width: true, height: true },
  });
}

export async function listRevisions(articleId: number) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    select: {
      id: true,
      version: true,
      title: true,
      createdAt: true,
      editor: { select: { name: true } },
    },
  });
}

export async function revisionsById(articleId: number, ids: number[]) {
  return db.articleRevision.findMany({
    where: { articleId, id: { in: ids } },
    select: { id: true, version: true, title: true, dek: true, bodySource: true, createdAt: true },
  });
}

/** The latest save's author and time: who "they" are in a conflict message. */
export async function latestRevisionBy(articleId: number) {
  return db.articleRevision.findFirst({
    where: { articleId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    select: { createdAt: true, editor: { select: { name: true } } },
  });
}
