"use server";

import { redirect } from "next/navigation";
import { renderMarkdown } from "@/features/articles/render";
import { formAction, typedAction } from "@/lib/action-chain";
import { createPage, updatePage } from "./mutations";
import { tagsForPageChange } from "./rules";
import { createPageSchema, previewPageSchema, updatePageSchema } from "./schemas";

// Static pages on the action chain (src/lib/action-chain.ts): validate → authorize → render the
// Markdown and save with an audit entry (mutations.ts) → expire the page's tags (rules.ts).

const unique = { slug: "Another page already has this slug." };

export const createPageAction = formAction({
  name: "page.create",
  access: "page.manage",
  schema: createPageSchema,
  unique,
  run: async (input, ctx) => {
    const { id } = await createPage(input, ctx.audit);
    ctx.expire(tagsForPageChange(null, input));
    redirect(`/admin/pages/${id}?created=1`);
  },
});

export const updatePageAction = formAction({
  name: "page.update",
  access: "page.manage",
  schema: updatePageSchema,
  unique,
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
  name: "page.preview",
  access: "page.manage",
  schema: previewPageSchema,
  invalid: "The text is too long to preview.",
  run: (bodySource) => ({ html: renderMarkdown(bodySource).html }),
});
