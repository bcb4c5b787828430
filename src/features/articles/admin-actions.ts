"use server";

import { z } from "zod";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import { type ArticleResult, changeArticleStatus, commitArticle } from "./article-writes";
import { renderMarkdown } from "./render";
import {
  type ArticleVersionInput,
  previewSchema,
  type RestoreRevisionInput,
  restoreRevisionSchema,
  type SaveArticleInput,
  type ScheduleArticleInput,
} from "./schemas";

// The article editor's server actions. Each is a door anyone can knock on directly (a server
// action is a public endpoint), so each checks the session, the role and the article itself on
// the server — see article-writes.ts, where every one of them ends up.

export async function saveArticleAction(input: SaveArticleInput): Promise<ArticleResult> {
  return commitArticle("save", input);
}

export async function submitArticleAction(input: SaveArticleInput): Promise<ArticleResult> {
  return commitArticle("submit", input);
}

export async function publishArticleAction(input: SaveArticleInput): Promise<ArticleResult> {
  return commitArticle("publish", input);
}

export async function scheduleArticleAction(input: ScheduleArticleInput): Promise<ArticleResult> {
  return commitArticle("schedule", input);
}

export async function unpublishArticleAction(input: ArticleVersionInput): Promise<ArticleResult> {
  return changeArticleStatus("unpublish", input);
}

export async function archiveArticleAction(input: ArticleVersionInput): Promise<ArticleResult> {
  return changeArticleStatus("archive", input);
}

export async function deleteArticleAction(input: ArticleVersionInput): Promise<ArticleResult> {
  return changeArticleStatus("delete", input);
}

/** The other fields a revision kept; anything unreadable falls back to the article's current value. */
const revisionSnapshotSchema = z.object({
  slug: z.string().optional().catch(undefined),
  kind: z.enum(["NEWS", "GUIDE"]).optional().catch(undefined),
  categoryId: z.number().int().optional().catch(undefined),
  tagIds: z.array(z.number().int()).optional().catch(undefined),
  authorIds: z.array(z.number().int()).optional().catch(undefined),
  featuredImageId: z.number().int().nullable().optional().catch(undefined),
  featuredImageCaption: z.string().optional().catch(undefined),
  seoTitle: z.string().optional().catch(undefined),
  seoDescription: z.string().optional().catch(undefined),
  sponsored: z.boolean().optional().catch(undefined),
  sponsorName: z.string().optional().catch(undefined),
});

/**
 * Restores an old revision: its fields become a new save (and a new revision), through the same
 * version-checked path as any save, so restoring over someone's newer work is a conflict too.
 * Tags, authors or an image deleted since are left out rather than failing the restore.
 */
export async function restoreRevisionAction(input: RestoreRevisionInput): Promise<ArticleResult> {
  const parsed = restoreRevisionSchema.safeParse(input);
  if (!parsed.success) {
    return { status: "invalid", message: "That request was not valid.", fieldErrors: {} };
  }
  const auth = await authorize("article.editOwn");
  if (!auth.ok) return { status: "refused", code: auth.status, message: auth.message };
  const { articleId, revisionId, version } = parsed.data;
  const [revision, article] = await Promise.all([
    db.articleRevision.findFirst({
      where: { id: revisionId, articleId },
      select: { title: true, dek: true, bodySource: true, snapshot: true },
    }),
    db.article.findUnique({
      where: { id: articleId },
      select: {
        slug: true,
        kind: true,
        categoryId: true,
        featuredImageCaption: true,
        seoTitle: true,
        seoDescription: true,
        sponsored: true,
        sponsorName: true,
        authors: { orderBy: { position: "asc" }, select: { userId: true } },
        tags: { select: { tagId: true } },
      },
    }),
  ]);
  if (!revision || !article) {
    return { status: "refused", code: 404, message: "That revision no longer exists." };
  }
  const kept = revisionSnapshotSchema.parse(
    revision.snapshot && typeof revision.snapshot === "object" ? revision.snapshot : {},
  );
  const [tags, authors, category, media] = await Promise.all([
    db.tag.findMany({ where: { id: { in: kept.tagIds ?? [] } }, select: { id: true } }),
    db.user.findMany({ where: { id: { in: kept.authorIds ?? [] } }, select: { id: true } }),
    kept.categoryId
      ? db.category.findUnique({ where: { id: kept.categoryId }, select: { id: true } })
      : null,
    kept.featuredImageId
      ? db.media.findUnique({ where: { id: kept.featuredImageId }, select: { id: true } })
      : null,
  ]);
  const existingAuthors = new Set(authors.map((a) => a.id));
  const authorIds = (kept.authorIds ?? []).filter((id) => existingAuthors.has(id));
  return commitArticle(
    "save",
    {
      id: articleId,
      version,
      fields: {
        title: revision.title,
        dek: revision.dek,
        bodySource: revision.bodySource,
        slug: kept.slug ?? article.slug,
        kind: kept.kind ?? article.kind,
        categoryId: category?.id ?? article.categoryId,
        tagIds: tags.map((t) => t.id),
        newTags: [],
        authorIds: authorIds.length > 0 ? authorIds : article.authors.map((a) => a.userId),
        featuredImageId: media?.id ?? null,
        featuredImageCaption: kept.featuredImageCaption ?? article.featuredImageCaption ?? "",
        seoTitle: kept.seoTitle ?? article.seoTitle ?? "",
        seoDescription: kept.seoDescription ?? article.seoDescription ?? "",
        sponsored: kept.sponsored ?? article.sponsored,
        sponsorName: kept.sponsorName ?? article.sponsorName ?? "",
      },
    },
    { auditAction: "article.restore", restoredFrom: revisionId },
  );
}

export type PreviewResult =
  { status: "ok"; html: string } | { status: "refused" | "error"; message: string };

/**
 * The editor's live preview: the body rendered and sanitized exactly as the public article page
 * renders it (render.ts), so what the editor sees is what readers will get.
 */
export async function previewArticleBodyAction(source: string): Promise<PreviewResult> {
  const parsed = previewSchema.safeParse(source);
  if (!parsed.success) return { status: "error", message: "The body is too long to preview." };
  const auth = await authorize("article.create");
  if (!auth.ok) return { status: "refused", message: auth.message };
  return { status: "ok", html: renderMarkdown(parsed.data).html };
}
