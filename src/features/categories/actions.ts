"use server";

import { formAction } from "@/lib/action-chain";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "./mutations";
import { tagsForCategoryChange, tagsForNavReorder } from "./rules";
import {
  createCategorySchema,
  deleteCategorySchema,
  moveCategorySchema,
  updateCategorySchema,
} from "./schemas";

// Category admin on the action chain (src/lib/action-chain.ts): validate → authorize → apply in
// one transaction with its audit entry (mutations.ts) → expire exactly the cache tags the change
// affects (rules.ts).

/** What every category action shares: who may call it, and what a taken slug says. */
const categoryAdmin = {
  access: "category.manage",
  unique: { slug: "Another category already has this slug." },
} as const;

const noArticles = {
  articleSlugs: [],
  tagSlugs: [],
  authorUsernames: [],
  hasNews: false,
  hasGuides: false,
};

export const createCategoryAction = formAction({
  ...categoryAdmin,
  name: "category.create",
  schema: createCategorySchema,
  run: async (input, ctx) => {
    await createCategory(input, ctx.audit);
    ctx.expire(tagsForCategoryChange(null, input, noArticles));
    return { message: `Category “${input.name}” created.` };
  },
});

export const updateCategoryAction = formAction({
  ...categoryAdmin,
  name: "category.update",
  schema: updateCategorySchema,
  run: async ({ id, ...input }, ctx) => {
    const { before, after, also } = await updateCategory(id, input, ctx.audit);
    ctx.expire(tagsForCategoryChange(before, after, also));
    return { message: `Category “${input.name}” saved.`, values: after };
  },
});

export const moveCategoryAction = formAction({
  ...categoryAdmin,
  name: "category.move",
  schema: moveCategorySchema,
  invalid: "Choose a category and a direction.",
  run: async ({ id, direction }, ctx) => {
    const moved = await moveCategory(id, direction, ctx.audit);
    if (moved) ctx.expire(tagsForNavReorder());
    return { message: moved ? "Navigation order saved." : "Already at that end." };
  },
});

export const deleteCategoryAction = formAction({
  ...categoryAdmin,
  name: "category.delete",
  schema: deleteCategorySchema,
  invalid: "Choose a category to delete.",
  run: async ({ id }, ctx) => {
    const category = await deleteCategory(id, ctx.audit);
    ctx.expire(tagsForCategoryChange(category, null, noArticles));
    return { message: `Category “${category.name}” deleted.` };
  },
});
