"use server";

import { forgetRedirectPaths } from "@/features/articles/article-paths";
import { expireCacheTags } from "@/lib/cache-expiry";
import { articleUrl } from "@/features/articles/urls";
import { recordAudit } from "@/lib/audit-log";
import { fieldErrors, formFields } from "@/lib/forms";
import { authorize } from "@/lib/admin-guard";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { liveUrlProblem, redirectHop } from "./admin-queries";
import { findRedirectLoop, tagsForRedirectPath, targetPathname } from "./rules";
import {
  type RedirectInput,
  createRedirectSchema,
  deleteRedirectSchema,
  updateRedirectSchema,
} from "./schemas";
import { logger } from "@/lib/logger";

// Redirect admin: validate (shape, then the database: the article, live URLs, loops) → authorize
// → save with an audit entry → the proxy and the article pages see it on the next request.

const GENERIC = "Something went wrong on our side. Nothing was changed; try again in a moment.";
const MAX_HOPS = 20;

const auditView = { fromPath: true, toPath: true, articleId: true, statusCode: true } as const;

function typed(fields: Record<string, string>) {
  return {
    fromPath: fields.fromPath ?? "",
    targetKind: fields.targetKind === "article" ? "article" : "path",
    articleSlug: fields.articleSlug ?? "",
    toPath: fields.toPath ?? "",
    statusCode: fields.statusCode ?? "301",
  };
}

type Checked =
  | {
      ok: true;
      data: {
        fromPath: string;
        toPath: string | null;
        articleId: number | null;
        statusCode: number;
      };
    }
  | { ok: false; fieldErrors: Record<string, string> };

/** The checks that need the database; `id` is the redirect being edited. */
async function checkAgainstSite(input: RedirectInput, id?: number): Promise<Checked> {
  const clash = await db.redirect.findFirst({
    where: { fromPath: input.fromPath, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (clash)
    return { ok: false, fieldErrors: { fromPath: "A redirect from this path exists already." } };
  const live = await liveUrlProblem(input.fromPath);
  if (live) return { ok: false, fieldErrors: { fromPath: `${live} It cannot redirect.` } };

  let target: string;
  let articleId: number | null = null;
  if (input.articleSlug !== null) {
    const article = await db.article.findUnique({
      where: { slug: input.articleSlug },
      select: { id: true, slug: true, kind: true },
    });
    if (!article) return { ok: false, fieldErrors: { articleSlug: "No article has this slug." } };
    articleId = article.id;
    target = articleUrl(article);
  } else {
    target = input.toPath!;
  }
  // Follow the chain from the target through existing redirects, hop by hop.
  const hops = new Map<string, string | null>();
  let at = targetPathname(target);
  for (let hop = 0; hop < MAX_HOPS && at !== input.fromPath && !hops.has(at); hop++) {
    const next = await redirectHop(at, id);
    if (next === undefined) break;
    hops.set(at, next);
    if (next === null) break;
    at = targetPathname(next);
  }
  const loop = findRedirectLoop(input.fromPath, target, hops);
  if (loop) {
    const field = input.articleSlug !== null ? "articleSlug" : "toPath";
    return { ok: false, fieldErrors: { [field]: `This makes a loop: ${loop.join(" → ")}.` } };
  }
  return {
    ok: true,
    data: {
      fromPath: input.fromPath,
      toPath: articleId ? null : target,
      articleId,
      statusCode: input.statusCode,
    },
  };
}

async function refresh(paths: string[]): Promise<void> {
  forgetRedirectPaths();
  await expireCacheTags([cacheTags.redirects, ...paths.flatMap(tagsForRedirectPath)]);
}

export async function createRedirectAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = createRedirectSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("redirect.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  let fromPath: string;
  try {
    const checked = await checkAgainstSite(parsed.data);
    if (!checked.ok) return { status: "error", fieldErrors: checked.fieldErrors, values };
    fromPath = checked.data.fromPath;
    await db.$transaction(async (tx) => {
      const created = await tx.redirect.create({
        data: checked.data,
        select: { id: true, ...auditView },
      });
      const { id, ...after } = created;
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "redirect.create",
          entityType: "redirect",
          entityId: id,
          after,
        },
        tx,
      );
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return {
        status: "error",
        fieldErrors: { fromPath: "A redirect from this path exists already." },
        values,
      };
    }
    logger().error({ err: error }, "[redirects] create failed");
    return { status: "error", message: GENERIC, values };
  }
  await refresh([fromPath]);
  return { status: "ok", message: `Redirect from ${parsed.data.fromPath} added.` };
}

export async function updateRedirectAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = typed(fields);
  const parsed = updateRedirectSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("redirect.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { id, ...input } = parsed.data;
  let paths: string[];
  try {
    const checked = await checkAgainstSite(input, id);
    if (!checked.ok) return { status: "error", fieldErrors: checked.fieldErrors, values };
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.redirect.findUnique({ where: { id }, select: auditView });
      if (!before) return null;
      const after = await tx.redirect.update({
        where: { id },
        data: checked.data,
        select: auditView,
      });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "redirect.update",
          entityType: "redirect",
          entityId: id,
          before,
          after,
        },
        tx,
      );
      return [before.fromPath, after.fromPath];
    });
    if (!saved) return { status: "error", message: "This redirect no longer exists.", values };
    paths = saved;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return {
        status: "error",
        fieldErrors: { fromPath: "A redirect from this path exists already." },
        values,
      };
    }
    logger().error({ err: error }, "[redirects] update failed");
    return { status: "error", message: GENERIC, values };
  }
  await refresh(paths);
  return { status: "ok", message: "Redirect saved.", values };
}

export async function deleteRedirectAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = deleteRedirectSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "Choose a redirect to delete." };
  const auth = await authorize("redirect.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { id } = parsed.data;
  let fromPath: string;
  try {
    const deleted = await db.$transaction(async (tx) => {
      const before = await tx.redirect.findUnique({ where: { id }, select: auditView });
      if (!before) return null;
      await tx.redirect.delete({ where: { id } });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "redirect.delete",
          entityType: "redirect",
          entityId: id,
          before,
        },
        tx,
      );
      return before.fromPath;
    });
    if (deleted === null) return { status: "error", message: "This redirect no longer exists." };
    fromPath = deleted;
  } catch (error) {
    logger().error({ err: error }, "[redirects] delete failed");
    return { status: "error", message: GENERIC };
  }
  await refresh([fromPath]);
  return { status: "ok", message: "Redirect deleted." };
}
