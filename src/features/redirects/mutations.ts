import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { articleUrl } from "@/features/articles/urls";
import { db } from "@/lib/db";
import { fieldProblem, notFound } from "@/lib/errors";
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

// Redirects written when a public URL moves (a category, tag or static page gets a new slug, two
// tags are merged): the old URL answers 301 to the new one, older redirects that pointed at the
// old URL now point straight at the new one (no chains), and nothing redirects away from a path
// that answers by itself again. Used by every feature whose records have URLs (categories, tags,
// pages import them; this feature imports none of them); after the change commits, call
// forgetRedirectPaths() (src/lib/path-memo.ts) so the proxy looks again.

type RedirectClient = Pick<Prisma.TransactionClient, "redirect">;

export async function redirectMovedPath(client: RedirectClient, oldPath: string, newPath: string) {
  await clearRedirectFrom(client, newPath);
  await client.redirect.updateMany({
    where: { toPath: oldPath, articleId: null },
    data: { toPath: newPath },
  });
  await client.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, toPath: newPath, statusCode: 301 },
    update: { toPath: newPath, articleId: null, statusCode: 301 },
  });
}

/** A path that is live again (a new category, tag or page took it) must not redirect away. */
export async function clearRedirectFrom(client: RedirectClient, path: string): Promise<number> {
  const { count } = await client.redirect.deleteMany({ where: { fromPath: path } });
  return count;
}

// Creating and renaming records that answer at a URL made of their slug (categories at
// /category/<slug>, tags at /tag/<slug>, static pages at /<slug>): one transaction writes the
// record, keeps the redirects right (above) and records the audit entry; once it has committed,
// the proxy forgets what it knew about paths (src/lib/path-memo.ts). What the record is and which
// cache tags the change expires stay with its feature.

/** Shown in the audit entry: JSON of the record's fields. */
type Shown = { slug: string } & Prisma.InputJsonObject;

export interface UrlRecordKind {
  /** The audit entity type and the start of its actions: "category" → "category.create". */
  entityType: string;
  /** The public URL of a slug. */
  path: (slug: string) => string;
  /** Said when the record to change is gone. */
  gone: string;
}

/** Creates a record at its URL: a redirect left on that URL would hide it, so it goes. */
export async function createAtUrl<R extends Shown & { id: number }>(
  kind: UrlRecordKind,
  audit: Audit,
  create: (tx: Tx) => Promise<R>,
): Promise<R> {
  const created = await db.$transaction(async (tx) => {
    const row = await create(tx);
    await clearRedirectFrom(tx, kind.path(row.slug));
    const action = `${kind.entityType}.create`;
    await audit({ action, entityType: kind.entityType, entityId: row.id, after: row }, tx);
    return row;
  });
  forgetRedirectPaths();
  return created;
}

export interface UrlRecordUpdate<V extends Shown, X> {
  read: (tx: Tx) => Promise<V | null>;
  write: (tx: Tx) => Promise<V>;
  /** When the slug changed (default: the old URL answers 301 to the new one). */
  move?: (tx: Tx, before: V, after: V) => Promise<unknown>;
  /** What else the caller needs from the same transaction (e.g. the pages that show it). */
  also?: (tx: Tx) => Promise<X>;
}

/** Changes a record; a changed slug moves its URL. Throws notFound when the record is gone. */
export async function updateAtUrl<V extends Shown, X = undefined>(
  kind: UrlRecordKind,
  audit: Audit,
  id: number,
  steps: UrlRecordUpdate<V, X>,
): Promise<{ before: V; after: V; also: X }> {
  const moveUrl = (tx: Tx, before: V, after: V) =>
    redirectMovedPath(tx, kind.path(before.slug), kind.path(after.slug));
  const outcome = await db.$transaction(async (tx) => {
    const before = await steps.read(tx);
    if (!before) throw notFound(kind.gone);
    const after = await steps.write(tx);
    if (before.slug !== after.slug) await (steps.move ?? moveUrl)(tx, before, after);
    const action = `${kind.entityType}.update`;
    await audit({ action, entityType: kind.entityType, entityId: id, before, after }, tx);
    return { before, after, also: (await steps.also?.(tx)) as X };
  });
  forgetRedirectPaths();
  return outcome;
}
