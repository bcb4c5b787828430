"use server";

import { redirect } from "next/navigation";
import { forgetRedirectPaths } from "@/features/articles/article-paths";
import { expireCacheTags } from "@/lib/cache-expiry";
import { recordAudit } from "@/lib/audit-log";
import { clearRedirectFrom, redirectMovedPath } from "@/features/redirects/moved-paths";
import { fieldErrors, formFields } from "@/lib/forms";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { publicArticleSlugsWithTag } from "./admin-queries";
import { type TagView, tagsForTagChange, tagsForTagMerge } from "./rules";
import { createTagSchema, deleteTagSchema, mergeTagsSchema, updateTagSchema } from "./schemas";
import { logger } from "@/lib/logger";

// Tag admin: validate → authorize → apply with its audit entry in one transaction → expire the
// tag pages and the pages of the public articles that show the tag (rules.ts).

const GENERIC = "Something went wrong on our side. Nothing was changed; try again in a moment.";
const SLUG_TAKEN = "Another tag already has this slug.";
const GONE = "This tag no longer exists.";

const tagPath = (slug: string) => `/tag/${slug}`;
const tagView = { slug: true, name: true, description: true } as const;

const isCode = (error: unknown, code: string) => (error as { code?: string }).code === code;

function typed(fields: Record<string, string>) {
  return {
    name: fields.name ?? "",
    slug: fields.slug ?? "",
    description: fields.description ?? "",
  };
}

export async function createTagAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = createTagSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("tag.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const input = parsed.data;
  try {
    if (await db.tag.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    }
    await db.$transaction(async (tx) => {
      const created = await tx.tag.create({ data: input, select: { id: true, ...tagView } });
      await clearRedirectFrom(tx, tagPath(created.slug));
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "tag.create",
          entityType: "tag",
          entityId: created.id,
          after: created,
        },
        tx,
      );
    });
  } catch (error) {
    if (isCode(error, "P2002"))
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[tags] create failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tagsForTagChange(null, input, []));
  return { status: "ok", message: `Tag “${input.name}” created.` };
}

export async function updateTagAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = updateTagSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("tag.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { id, ...input } = parsed.data;
  let tags: string[];
  try {
    const clash = await db.tag.findFirst({
      where: { slug: input.slug, id: { not: id } },
      select: { id: true },
    });
    if (clash) return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.tag.findUnique({ where: { id }, select: tagView });
      if (!before) return null;
      const after = await tx.tag.update({ where: { id }, data: input, select: tagView });
      if (before.slug !== after.slug)
        await redirectMovedPath(tx, tagPath(before.slug), tagPath(after.slug));
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "tag.update",
          entityType: "tag",
          entityId: id,
          before,
          after,
        },
        tx,
      );
      return { before, after, articles: await publicArticleSlugsWithTag(id, tx) };
    });
    if (!outcome) return { status: "error", message: GONE, values };
    tags = tagsForTagChange(outcome.before, outcome.after, outcome.articles);
  } catch (error) {
    if (isCode(error, "P2002"))
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[tags] update failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tags);
  return { status: "ok", message: `Tag “${input.name}” saved.` };
}

export async function deleteTagAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = deleteTagSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "Choose a tag to delete." };
  const auth = await authorize("tag.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { id } = parsed.data;
  try {
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.tag.findUnique({
        where: { id },
        select: { ...tagView, _count: { select: { articles: true } } },
      });
      if (!before) return null;
      const articles = await publicArticleSlugsWithTag(id, tx);
      await tx.tag.delete({ where: { id } }); // its article links go with it (cascade)
      const { _count, ...tag } = before;
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "tag.delete",
          entityType: "tag",
          entityId: id,
          before: { ...tag, articleCount: _count.articles },
        },
        tx,
      );
      return { tag, articles };
    });
    if (!outcome) return { status: "error", message: GONE };
    await expireCacheTags(tagsForTagChange(outcome.tag, null, outcome.articles));
    return { status: "ok", message: `Tag “${outcome.tag.name}” deleted.` };
  } catch (error) {
    logger().error({ err: error }, "[tags] delete failed");
    return { status: "error", message: GENERIC };
  }
}

export async function mergeTagsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = { targetSlug: fields.targetSlug ?? "" };
  const parsed = mergeTagsSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("tag.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { sourceId, targetSlug } = parsed.data;
  let outcome: { source: TagView; target: TagView; moved: string[] } | string;
  try {
    outcome = await db.$transaction(async (tx) => {
      const source = await tx.tag.findUnique({
        where: { id: sourceId },
        select: { id: true, ...tagView },
      });
      if (!source) return GONE;
      const target = await tx.tag.findUnique({
        where: { slug: targetSlug },
        select: { id: true, ...tagView },
      });
      if (!target) return `No tag has the slug “${targetSlug}”.`;
      if (target.id === source.id) return "Choose a different tag to merge into.";
      const moved = await publicArticleSlugsWithTag(source.id, tx);
      const links = await tx.articleTag.findMany({
        where: { tagId: source.id },
        select: { articleId: true },
      });
      // Articles that already carry the target keep their one link.
      await tx.articleTag.createMany({
        data: links.map((link) => ({ articleId: link.articleId, tagId: target.id })),
        skipDuplicates: true,
      });
      await tx.tag.delete({ where: { id: source.id } });
      await redirectMovedPath(tx, tagPath(source.slug), tagPath(target.slug));
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "tag.merge",
          entityType: "tag",
          entityId: target.id,
          before: {
            source: { id: source.id, slug: source.slug, name: source.name },
            target: { id: target.id, slug: target.slug, name: target.name },
          },
          after: {
            target: { id: target.id, slug: target.slug, name: target.name },
            movedArticleIds: links.map((l) => l.articleId),
          },
        },
        tx,
      );
      return {
        source: { slug: source.slug, name: source.name, description: source.description },
        target: { slug: target.slug, name: target.name, description: target.description },
        moved,
      };
    });
  } catch (error) {
    logger().error({ err: error }, "[tags] merge failed");
    return { status: "error", message: GENERIC, values };
  }
  if (typeof outcome === "string") {
    return { status: "error", fieldErrors: { targetSlug: outcome }, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tagsForTagMerge(outcome.source, outcome.target, outcome.moved));
  // The merged tag's row is gone: show the kept tag, with the outcome above the list.
  redirect(`/admin/tags?q=${encodeURIComponent(outcome.target.slug)}&merged=1`);
}
