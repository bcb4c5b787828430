import "server-only";
import { z } from "zod";
import { invalid, notFound } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms";
import { editorArticle } from "./admin-queries";
import { saveArticle } from "./article-save";
import type { ArticleDone, WriteContext } from "./article-writes";
import { revisionToRestore, stillExisting } from "./editor-queries";
import { FIELDS_MESSAGE, saveArticleSchema } from "./schemas";

// Restoring an old revision: its fields become a new save (and a new revision), through the same
// version-checked path as any save (article-save.ts), so restoring over someone's newer work is a
// conflict too. Tags, authors or an image deleted since are left out rather than failing the
// restore.

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

export async function restoreRevision(
  { articleId, revisionId, version }: { articleId: number; revisionId: number; version: number },
  ctx: WriteContext,
): Promise<ArticleDone> {
  const [revision, article] = await Promise.all([
    revisionToRestore(articleId, revisionId),
    editorArticle(articleId),
  ]);
  if (!revision || !article) throw notFound("That revision no longer exists.");
  const kept = revisionSnapshotSchema.parse(
    revision.snapshot && typeof revision.snapshot === "object" ? revision.snapshot : {},
  );
  const found = await stillExisting(kept);
  const now = article.fields;
  const parsed = saveArticleSchema.safeParse({
    id: articleId,
    version,
    fields: {
      title: revision.title,
      dek: revision.dek,
      bodySource: revision.bodySource,
      slug: kept.slug ?? now.slug,
      kind: kept.kind ?? now.kind,
      categoryId: found.categoryId ?? now.categoryId,
      tagIds: found.tagIds,
      newTags: [],
      authorIds: found.authorIds.length > 0 ? found.authorIds : now.authorIds,
      featuredImageId: found.featuredImageId,
      featuredImageCaption: kept.featuredImageCaption ?? now.featuredImageCaption,
      seoTitle: kept.seoTitle ?? now.seoTitle,
      seoDescription: kept.seoDescription ?? now.seoDescription,
      sponsored: kept.sponsored ?? now.sponsored,
      sponsorName: kept.sponsorName ?? now.sponsorName,
    },
  });
  if (!parsed.success) throw invalid(FIELDS_MESSAGE, fieldErrors(parsed.error));
  return saveArticle("save", parsed.data, ctx, {
    auditAction: "article.restore",
    restoredFrom: revisionId,
  });
}
