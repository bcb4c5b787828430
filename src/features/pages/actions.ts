"use server";

import { redirect } from "next/navigation";
import { renderMarkdown } from "@/features/articles/render";
import { formAction, typedAction } from "@/lib/action-chain";
import { createPage, updatePage } from "./mutations";
import { tagsForPageChange } from "./rules";
import { createPageSchema, previewPageSchema, updatePageSchema } from "./schemas";

// Static pages on the action chain (src/lib/action-chain.ts): validate → authorize → render the
// Markdown and save with an audit entry (mutations.ts) → expire the page's tags (rules.ts).

/** What every static-page action shares: who may call it, and what a taken slug says. */
const pageAdmin = {
  access: "page.manage",
  unique: { slug: "Another page already has this slug." },
} as const;

export const createPageAction = formAction({
  ...pageAdmin,
  name: "page.create",
  schema: createPageSchema,
  run: async (input, ctx) => {
    const { id } = await createPage(input, ctx.audit);
    ctx.expire(tagsForPageChange(null, input));
    redirect(`/admin/pages/${id}?created=1`);
  },
});

export const updatePageAction = formAction({
  ...pageAdmin,
  name: "page.update",
  schema: updatePageSchema,
  run: async ({ id, ...input }, ctx) => {
    const { before, after } = await updatePage(id, input, ctx.audit);
    ctx.expire(tagsForPageChange(before, after));
    return {
      message: input.published ? `Saved. /${input.slug} shows it now.` : "Saved (not published).",
    };
  },
});

/** The live preview: exactly the HTML the public page would show for this Markdown. */
export const previewPageAction = typedAction({
  ...pageAdmin,
  name: "page.preview",
  schema: previewPageSchema,
  invalid: "The text is too long to preview.",
  run: (bodySource) => ({ html: renderMarkdown(bodySource).html }),
});
