import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import { notFound } from "./errors";
import { clearRedirectFrom, redirectMovedPath } from "./moved-urls";
import { forgetRedirectPaths } from "./path-memo";
import type { Audit, Tx } from "./write-types";

// Creating and renaming records that answer at a URL made of their slug (categories at
// /category/<slug>, tags at /tag/<slug>, static pages at /<slug>): one transaction writes the
// record, keeps the redirects right (src/lib/moved-urls.ts) and records the audit entry; once it
// has committed, the proxy forgets what it knew about paths (src/lib/path-memo.ts). What the
// record is and which cache tags the change expires stay with its feature.

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
