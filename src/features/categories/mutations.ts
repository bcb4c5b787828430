import "server-only";
import { createAtUrl, updateAtUrl, type UrlRecordKind } from "@/features/redirects/mutations";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Audit, Tx } from "@/lib/write-types";
import { publicArticlesOfCategory } from "./admin-queries";
import { type CategoryView, type Direction, moveInOrder, positionUpdates } from "./rules";

// Writes of the category admin, each in one transaction with its audit entry. Categories keep
// nav positions 0..n-1: every write that changes the set locks the rows and closes gaps.

export const categoryKind: UrlRecordKind = {
  entityType: "category",
  path: (slug) => `/category/${slug}`,
  gone: "This category no longer exists.",
};

const shown = { slug: true, name: true, description: true } as const;

/** Locks the category rows, so concurrent reorders, creates and deletes queue up. */
async function lockedOrder(tx: Tx) {
  return tx.$queryRaw<{ id: number; position: number }[]>`
    SELECT id, position FROM "Category" ORDER BY position ASC, name ASC, id ASC FOR UPDATE`;
}

/** Stores `order` as positions 0..n-1 (rows already in place are not written). */
async function storeOrder(tx: Tx, order: number[], current: Map<number, number>) {
  const updates = positionUpdates(order, current);
  for (const update of updates) {
    await tx.category.update({ where: { id: update.id }, data: { position: update.position } });
  }
  return updates.length;
}

const positionsOf = (rows: { id: number; position: number }[]) =>
  new Map(rows.map((row) => [row.id, row.position]));

/** A new category, last in the nav (gaps left by older data closed). */
export async function createCategory(input: CategoryView, audit: Audit) {
  return createAtUrl(categoryKind, audit, async (tx) => {
    const rows = await lockedOrder(tx);
    const created = await tx.category.create({
      data: { ...input, position: rows.length },
      select: { id: true, ...shown, position: true },
    });
    const all = [...rows, { id: created.id, position: created.position }];
    await storeOrder(
      tx,
      all.map((row) => row.id),
      positionsOf(all),
    );
    return created;
  });
}

/** Renames a category; articles keep their URLs (/news/<slug>), the old category URL answers 301. */
export async function updateCategory(id: number, input: CategoryView, audit: Audit) {
  return updateAtUrl(categoryKind, audit, id, {
    read: (tx) => tx.category.findUnique({ where: { id }, select: shown }),
    write: (tx) => tx.category.update({ where: { id }, data: input, select: shown }),
    also: (tx) => publicArticlesOfCategory(id, tx),
  });
}

/** Moves a category one place; answers whether the order changed. */
export async function moveCategory(id: number, direction: Direction, audit: Audit) {
  return db.$transaction(async (tx) => {
    const rows = await lockedOrder(tx);
    const ids = rows.map((row) => row.id);
    if (!ids.includes(id)) throw notFound(categoryKind.gone);
    const order = moveInOrder(ids, id, direction);
    const changed = (await storeOrder(tx, order, positionsOf(rows))) > 0;
    if (changed) {
      await audit(
        {
          action: "category.reorder",
          entityType: "category",
          entityId: id,
          before: { order: ids },
          after: { order },
        },
        tx,
      );
    }
    return changed;
  });
}

const articles = (count: number) => `${count} ${count === 1 ? "article" : "articles"}`;

/** Deletes a category no article is filed under (of any status) and closes the gap. */
export async function deleteCategory(id: number, audit: Audit): Promise<CategoryView> {
  const deleting = db.$transaction(async (tx) => {
    const rows = await lockedOrder(tx);
    const category = await tx.category.findUnique({
      where: { id },
      select: { ...shown, position: true, _count: { select: { articles: true } } },
    });
    if (!category) throw notFound(categoryKind.gone);
    const { _count, ...before } = category;
    if (_count.articles > 0) {
      throw conflict(
        `“${category.name}” still has ${articles(_count.articles)} (of any status). Move them to another category first.`,
      );
    }
    await tx.category.delete({ where: { id } });
    const remaining = rows.filter((row) => row.id !== id);
    await storeOrder(
      tx,
      remaining.map((row) => row.id),
      positionsOf(remaining),
    );
    await audit({ action: "category.delete", entityType: "category", entityId: id, before }, tx);
    const { position: _position, ...view } = before;
    return view;
  });
  return deleting.catch((error: unknown) => {
    // An article filed under it in the meantime: the foreign key refuses the delete.
    if ((error as { code?: string } | null)?.code === "P2003") {
      throw conflict("Articles use this category now. Move them first.");
    }
    throw error;
  });
}
