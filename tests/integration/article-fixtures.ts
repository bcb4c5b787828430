// Rows the article admin's integration tests and permission probes set up for themselves (the
// integration database is migrated, not seeded), and the editor input for an existing article.
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { PrismaClient } from "../../src/lib/prisma-client";

export async function makeCategory(prisma: PrismaClient, unique: string) {
  return prisma.category.create({
    data: { slug: `cat-${unique}`, name: `Category ${unique}` },
    select: { id: true, slug: true },
  });
}

/** A byline that is not the probing user (so "own" does not apply). */
export async function makeAuthor(prisma: PrismaClient, unique: string) {
  return prisma.user.create({
    data: {
      username: `author-${unique}`,
      email: `author-${unique}@example.com`,
      name: `Author ${unique}`,
      role: "CONTRIBUTOR",
    },
    select: { id: true },
  });
}

export async function makeArticle(
  prisma: PrismaClient,
  unique: string,
  options: { authorId: number; status?: ArticleStatus; categoryId?: number; title?: string },
) {
  const categoryId = options.categoryId ?? (await makeCategory(prisma, unique)).id;
  const status = options.status ?? "DRAFT";
  return prisma.article.create({
    data: {
      slug: `article-${unique}`,
      title: options.title ?? `Article ${unique}`,
      dek: "A dek",
      bodySource: "First paragraph.\n\nSecond paragraph.",
      bodyHtml: "<p>First paragraph.</p>\n<p>Second paragraph.</p>",
      status,
      publishedAt: status === "PUBLISHED" ? new Date(Date.now() - 60_000) : null,
      scheduledFor: status === "SCHEDULED" ? new Date(Date.now() + 86_400_000) : null,
      categoryId,
      authors: { create: { userId: options.authorId, position: 0 } },
    },
    select: { id: true, slug: true, version: true, categoryId: true, status: true },
  });
}

/** The editor's save input for an article as stored, with `changes` applied to its fields. */
export async function editorInput(
  prisma: PrismaClient,
  id: number,
  changes: Record<string, unknown> = {},
) {
  const article = await prisma.article.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      slug: true,
      title: true,
      dek: true,
      bodySource: true,
      kind: true,
      categoryId: true,
      featuredImageId: true,
      authors: { orderBy: { position: "asc" }, select: { userId: true } },
      tags: { select: { tagId: true } },
    },
  });
  return {
    id,
    version: article.version,
    fields: {
      title: article.title,
      dek: article.dek,
      slug: article.slug,
      bodySource: article.bodySource,
      kind: article.kind,
      categoryId: article.categoryId,
      tagIds: article.tags.map((t) => t.tagId),
      newTags: [] as string[],
      authorIds: article.authors.map((a) => a.userId),
      featuredImageId: article.featuredImageId,
      featuredImageCaption: "",
      seoTitle: "",
      seoDescription: "",
      sponsored: false,
      sponsorName: "",
      ...changes,
    },
  };
}
