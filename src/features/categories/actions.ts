"use server";

import { forgetRedirectPaths } from "@/features/articles/article-paths";
import { expireCacheTags } from "@/lib/cache-expiry";
import { recordAudit } from "@/lib/audit-log";
import { clearRedirectFrom, redirectMovedPath } from "@/features/redirects/moved-paths";
import { fieldErrors, formFields } from "@/lib/forms";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { publicArticlesOfCategory } from "./admin-queries";
import {
  type CategoryView,
  moveInOrder,
  positionUpdates,
  tagsForCategoryChange,
  tagsForNavReorder,
} from "./rules";
import {
  createCategorySchema,
  deleteCategorySchema,
  moveCategorySchema,
  updateCategorySchema,
} from "./schemas";
import { logger } from "@/lib/logger";

// Category admin: validate → authorize → apply (in one transaction, with its audit entry) →
// expire exactly the cache tags the change affects (rules.ts).

const GENERIC = "Something went wrong on our side. Nothing was changed; try again in a moment.";
const SLUG_TAKEN = "Another category already has this slug.";

const categoryPath = (slug: string) => `/category/${slug}`;
const view = (c: CategoryView): CategoryView => ({
  slug: c.slug,
  name: c.name,
  description: c.description,
});

function isUniqueClash(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/** Locks the category rows, so concurrent reorders, creates and deletes queue up. */
async function lockedOrder(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) {
  return tx.$queryRaw<{ id: number; position: number }[]>`
    SELECT id, position FROM "Category" ORDER BY position ASC, name ASC, id ASC FOR UPDATE`;
}

export async function createCategoryAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = {
    name: fields.name ?? "",
    slug: fields.slug ?? "",
    description: fields.description ?? "",
  };
  const parsed = createCategorySchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("category.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const input = parsed.data;
  try {
    if (await db.category.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    }
    await db.$transaction(async (tx) => {
      const order = await lockedOrder(tx);
      const created = await tx.category.create({
        data: { ...input, position: order.length },
        select: { id: true, slug: true, name: true, description: true, position: true },
      });
      // Last in the nav, and any gaps left by older data closed: positions are 0..n-1.
      const updates = positionUpdates(
        [...order.map((row) => row.id), created.id],
        new Map([
          ...order.map((row) => [row.id, row.position] as const),
          [created.id, created.position],
        ]),
      );
      for (const update of updates) {
        await tx.category.update({ where: { id: update.id }, data: { position: update.position } });
      }
      // A redirect from the new category's URL would hide it.
      await clearRedirectFrom(tx, categoryPath(created.slug));
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "category.create",
          entityType: "category",
          entityId: created.id,
          after: created,
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueClash(error)) return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[categories] create failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tagsForCategoryChange(null, input, emptyArticles));
  return { status: "ok", message: `Category “${input.name}” created.` };
}

const emptyArticles = {
  articleSlugs: [],
  tagSlugs: [],
  authorUsernames: [],
  hasNews: false,
  hasGuides: false,
};

export async function updateCategoryAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = {
    name: fields.name ?? "",
    slug: fields.slug ?? "",
    description: fields.description ?? "",
  };
  const parsed = updateCategorySchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const auth = await authorize("category.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { id, ...input } = parsed.data;
  let tags: string[];
  try {
    const clash = await db.category.findFirst({
      where: { slug: input.slug, id: { not: id } },
      select: { id: true },
    });
    if (clash) return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.category.findUnique({
        where: { id },
        select: { slug: true, name: true, description: true },
      });
      if (!before) return null;
      const after = await tx.category.update({
        where: { id },
        data: input,
        select: { slug: true, name: true, description: true },
      });
      if (before.slug !== after.slug) {
        // Articles keep their URLs (/news/<slug>); the old category URL answers 301.
        await redirectMovedPath(tx, categoryPath(before.slug), categoryPath(after.slug));
      }
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "category.update",
          entityType: "category",
          entityId: id,
          before: view(before),
          after: view(after),
        },
        tx,
      );
      return { before, after, articles: await publicArticlesOfCategory(id, tx) };
    });
    if (!outcome) return { status: "error", message: "This category no longer exists.", values };
    tags = tagsForCategoryChange(outcome.before, outcome.after, outcome.articles);
  } catch (error) {
    if (isUniqueClash(error)) return { status: "error", fieldErrors: { slug: SLUG_TAKEN }, values };
    logger().error({ err: error }, "[categories] update failed");
    return { status: "error", message: GENERIC, values };
  }
  forgetRedirectPaths();
  await expireCacheTags(tags);
  return { status: "ok", message: `Category “${input.name}” saved.` };
}

export async function moveCategoryAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = moveCategorySchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "Choose a category and a direction." };
  const auth = await authorize("category.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { id, direction } = parsed.data;
  try {
    const moved = await db.$transaction(async (tx) => {
      const rows = await lockedOrder(tx);
      const ids = rows.map((row) => row.id);
      if (!ids.includes(id)) return null;
      const order = moveInOrder(ids, id, direction);
      const updates = positionUpdates(order, new Map(rows.map((row) => [row.id, row.position])));
      for (const update of updates) {
        await tx.category.update({ where: { id: update.id }, data: { position: update.position } });
      }
      if (updates.length > 0) {
        await recordAudit(
          {
            actorId: auth.user.id,
            action: "category.reorder",
            entityType: "category",
            entityId: id,
            before: { order: ids },
            after: { order },
          },
          tx,
        );
      }
      return updates.length > 0;
    });
    if (moved === null) return { status: "error", message: "This category no longer exists." };
    if (moved) await expireCacheTags(tagsForNavReorder());
    return { status: "ok", message: moved ? "Navigation order saved." : "Already at that end." };
  } catch (error) {
    logger().error({ err: error }, "[categories] move failed");
    return { status: "error", message: GENERIC };
  }
}

export async function deleteCategoryAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = deleteCategorySchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "Choose a category to delete." };
  const auth = await authorize("category.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { id } = parsed.data;
  try {
    const outcome = await db.$transaction(async (tx) => {
      const rows = await lockedOrder(tx);
      const category = await tx.category.findUnique({
        where: { id },
        select: {
          slug: true,
          name: true,
          description: true,
          position: true,
          _count: { select: { articles: true } },
        },
      });
      if (!category) return { type: "missing" as const };
      if (category._count.articles > 0) {
        return { type: "in-use" as const, name: category.name, count: category._count.articles };
      }
      await tx.category.delete({ where: { id } });
      const remaining = rows.filter((row) => row.id !== id);
      const updates = positionUpdates(
        remaining.map((row) => row.id),
        new Map(remaining.map((row) => [row.id, row.position])),
      );
      for (const update of updates) {
        await tx.category.update({ where: { id: update.id }, data: { position: update.position } });
      }
      const { _count: _ignored, ...before } = category;
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "category.delete",
          entityType: "category",
          entityId: id,
          before,
        },
        tx,
      );
      return { type: "deleted" as const, category: view(category) };
    });
    if (outcome.type === "missing")
      return { status: "error", message: "This category no longer exists." };
    if (outcome.type === "in-use") {
      return {
        status: "error",
        message: `“${outcome.name}” still has ${outcome.count} ${outcome.count === 1 ? "article" : "articles"} (of any status). Move them to another category first.`,
      };
    }
    await expireCacheTags(tagsForCategoryChange(outcome.category, null, emptyArticles));
    return { status: "ok", message: `Category “${outcome.category.name}” deleted.` };
  } catch (error) {
    // An article filed under it in the meantime: the foreign key refuses the delete.
    if ((error as { code?: string }).code === "P2003") {
      return { status: "error", message: "Articles use this category now. Move them first." };
    }
    logger().error({ err: error }, "[categories] delete failed");
    return { status: "error", message: GENERIC };
  }
}
