import "server-only";
import { articleUrl } from "@/features/articles/urls";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { fieldProblem } from "@/lib/field-problem";
import { forgetRedirectPaths } from "@/lib/path-memo";
import type { Audit, Tx } from "@/lib/write-types";
import { liveUrlProblem, redirectHop } from "./admin-queries";
import { findRedirectLoop, targetPathname } from "./rules";
import type { RedirectInput } from "./schemas";

// Writes of the redirect admin: what the form cannot check alone (the article, live URLs, loops)
// is checked against the database first; each write has its audit entry in its transaction, and
// the proxy forgets what it knew about paths once it has committed.

export const FROM_PATH_TAKEN = "A redirect from this path exists already.";
const GONE = "This redirect no longer exists.";
const MAX_HOPS = 20;

const shown = { fromPath: true, toPath: true, articleId: true, statusCode: true } as const;

/** Where the redirect leads: the article's URL (and id) or the fixed path. */
async function target(input: RedirectInput) {
  if (input.articleSlug === null) return { target: input.toPath!, articleId: null };
  const article = await db.article.findUnique({
    where: { slug: input.articleSlug },
    select: { id: true, slug: true, kind: true },
  });
  if (!article) throw fieldProblem("articleSlug", "No article has this slug.");
  return { target: articleUrl(article), articleId: article.id };
}

/** The row to store, after the checks that need the database; `id` is the redirect being edited. */
async function checkedRow(input: RedirectInput, id?: number) {
  if ((await redirectHop(input.fromPath, id)) !== undefined) {
    throw fieldProblem("fromPath", FROM_PATH_TAKEN);
  }
  const live = await liveUrlProblem(input.fromPath);
  if (live) throw fieldProblem("fromPath", `${live} It cannot redirect.`);
  const { target: to, articleId } = await target(input);
  // Follow the chain from the target through existing redirects, hop by hop.
  const hops = new Map<string, string | null>();
  let at = targetPathname(to);
  for (let hop = 0; hop < MAX_HOPS && at !== input.fromPath && !hops.has(at); hop++) {
    const next = await redirectHop(at, id);
    if (next === undefined) break;
    hops.set(at, next);
    if (next === null) break;
    at = targetPathname(next);
  }
  const loop = findRedirectLoop(input.fromPath, to, hops);
  if (loop) {
    const field = input.articleSlug !== null ? "articleSlug" : "toPath";
    throw fieldProblem(field, `This makes a loop: ${loop.join(" → ")}.`);
  }
  return {
    fromPath: input.fromPath,
    toPath: articleId ? null : to,
    articleId,
    statusCode: input.statusCode,
  };
}

/** Runs `write` in a transaction; answers the from-paths it touched (their pages expire). */
async function changing(write: (tx: Tx) => Promise<string[]>): Promise<string[]> {
  const paths = await db.$transaction(write);
  forgetRedirectPaths();
  return paths;
}

export async function createRedirect(input: RedirectInput, audit: Audit) {
  const data = await checkedRow(input);
  return changing(async (tx) => {
    const { id, ...after } = await tx.redirect.create({ data, select: { id: true, ...shown } });
    await audit({ action: "redirect.create", entityType: "redirect", entityId: id, after }, tx);
    return [after.fromPath];
  });
}

export async function updateRedirect(id: number, input: RedirectInput, audit: Audit) {
  const data = await checkedRow(input, id);
  return changing(async (tx) => {
    const before = await tx.redirect.findUnique({ where: { id }, select: shown });
    if (!before) throw notFound(GONE);
    const after = await tx.redirect.update({ where: { id }, data, select: shown });
    const entry = { action: "redirect.update", entityType: "redirect", entityId: id };
    await audit({ ...entry, before, after }, tx);
    return [before.fromPath, after.fromPath];
  });
}

export async function deleteRedirect(id: number, audit: Audit) {
  return changing(async (tx) => {
    const before = await tx.redirect.findUnique({ where: { id }, select: shown });
    if (!before) throw notFound(GONE);
    await tx.redirect.delete({ where: { id } });
    await audit({ action: "redirect.delete", entityType: "redirect", entityId: id, before }, tx);
    return [before.fromPath];
  });
}
