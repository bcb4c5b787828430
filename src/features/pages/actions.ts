"use server";

import { redirect } from "next/navigation";
import { forgetRedirectPaths } from "@/features/articles/article-paths";
import { expireCacheTags } from "@/lib/cache-expiry";
import { renderMarkdown } from "@/features/articles/render";
import { recordAudit } from "@/lib/audit-log";
import { clearRedirectFrom, redirectMovedPath } from "@/features/redirects/moved-paths";
import { fieldErrors, formFields } from "@/lib/forms";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { tagsForPageChange } from "./rules";
import { createPageSchema, previewPageSchema, updatePageSchema } from "./schemas";
import { logger } from "@/lib/logger";

// Static pages: validate → authorize → render the Markdown with the public renderer/sanitizer
// (src/features/articles/render.ts) → save with an audit entry → expire the page's tags.

const GENERIC = "Something went wrong on our side. Your text is still here: try again in a moment.";
const SLUG_TAKEN = "Another page already has this slug.";

const auditView = {
  slug: true,
  title: true,
  bodySource: true,
  seoDescription: true,
  published: true,
} as const;

function typed(fields: Record<string, string>) {
  return {
    title: fields.title ?? "",
    slug: fields.slug ?? "",
    bodySource: fields.bodySource ?? "",
    seoDescription: fields.seoDescription ?? "",
    published: fields.published === "on" ? "on" : "",
  };
}

const isCode = (error: unknown, code: string) => (error as { code?: string }).code === code;

export async function createPageAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = createPageSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("page.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const input = parsed.data;
  let id: number;
  try {
    if (await db.page.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    }
    const { html } = renderMarkdown(input.bodySource);
    id = await db.$transaction(async (tx) => {
      const created = await tx.page.create({
        data: { ...input, bodyHtml: html },
        select: { id: true, ...auditView },
      });
      await clearRedirectFrom(tx, `/${created.slug}`);
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "page.create",
          entityType: "page",
          entityId: created.id,
          after: created,
        },
        tx,
      );
      return created.id;
    });
  } catch (error) {
    if (isCode(error, "P2002"))
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[pages] create failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tagsForPageChange(null, input));
  redirect(`/admin/pages/${id}?created=1`);
}

export async function updatePageAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = updatePageSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("page.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { id, ...input } = parsed.data;
  let tags: string[];
  try {
    const clash = await db.page.findFirst({
      where: { slug: input.slug, id: { not: id } },
      select: { id: true },
    });
    if (clash) return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    const { html } = renderMarkdown(input.bodySource);
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.page.findUnique({ where: { id }, select: auditView });
      if (!before) return null;
      const after = await tx.page.update({
        where: { id },
        data: { ...input, bodyHtml: html },
        select: auditView,
      });
      if (before.slug !== after.slug) {
        if (before.published) await redirectMovedPath(tx, `/${before.slug}`, `/${after.slug}`);
        else await clearRedirectFrom(tx, `/${after.slug}`);
      }
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "page.update",
          entityType: "page",
          entityId: id,
          before,
          after,
        },
        tx,
      );
      return { before, after };
    });
    if (!outcome) return { status: "error", message: "This page no longer exists.", values };
    tags = tagsForPageChange(outcome.before, outcome.after);
  } catch (error) {
    if (isCode(error, "P2002"))
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[pages] update failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tags);
  return {
    status: "ok",
    message: input.published ? `Saved. /${input.slug} shows it now.` : "Saved (not published).",
    values,
  };
}

/** The live preview: exactly the HTML the public page would show for this Markdown. */
export async function previewPageAction(
  bodySource: string,
): Promise<{ html: string } | { error: string }> {
  const parsed = previewPageSchema.safeParse({ bodySource });
  if (!parsed.success) return { error: "The text is too long to preview." };
  const auth = await authorize("page.manage");
  if (!auth.ok) return { error: auth.message };
  return { html: renderMarkdown(parsed.data.bodySource).html };
}
