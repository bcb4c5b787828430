"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-chain";
import { createTag, deleteTag, mergeTags, updateTag } from "./mutations";
import { tagsForTagChange, tagsForTagMerge } from "./rules";
import { createTagSchema, deleteTagSchema, mergeTagsSchema, updateTagSchema } from "./schemas";

// Tag admin on the action chain (src/lib/action-chain.ts): validate → authorize → apply with its
// audit entry in one transaction (mutations.ts) → expire the tag pages and the pages of the public
// articles that show the tag (rules.ts).

/** What every tag action shares: who may call it, and what a taken slug says. */
const tagAdmin = {
  access: "tag.manage",
  unique: { slug: "Another tag already has this slug." },
} as const;

export const createTagAction = formAction({
  ...tagAdmin,
  name: "tag.create",
  schema: createTagSchema,
  run: async (input, ctx) => {
    await createTag(input, ctx.audit);
    ctx.expire(tagsForTagChange(null, input, []));
    return { message: `Tag “${input.name}” created.` };
  },
});

export const updateTagAction = formAction({
  ...tagAdmin,
  name: "tag.update",
  schema: updateTagSchema,
  run: async ({ id, ...input }, ctx) => {
    const { before, after, also } = await updateTag(id, input, ctx.audit);
    ctx.expire(tagsForTagChange(before, after, also));
    return { message: `Tag “${input.name}” saved.`, values: after };
  },
});

export const deleteTagAction = formAction({
  ...tagAdmin,
  name: "tag.delete",
  schema: deleteTagSchema,
  invalid: "Choose a tag to delete.",
  run: async ({ id }, ctx) => {
    const { tag, articles } = await deleteTag(id, ctx.audit);
    ctx.expire(tagsForTagChange(tag, null, articles));
    return { message: `Tag “${tag.name}” deleted.` };
  },
});

export const mergeTagsAction = formAction({
  ...tagAdmin,
  name: "tag.merge",
  schema: mergeTagsSchema,
  keep: (fields) => ({ targetSlug: fields.targetSlug ?? "" }),
  run: async ({ sourceId, targetSlug }, ctx) => {
    const { source, target, moved } = await mergeTags(sourceId, targetSlug, ctx.audit);
    ctx.expire(tagsForTagMerge(source, target, moved));
    // The merged tag's row is gone: show the kept tag, with the outcome above the list.
    redirect(`/admin/tags?q=${encodeURIComponent(target.slug)}&merged=1`);
  },
});
