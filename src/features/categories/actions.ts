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

const unique = { slug: "Another category already has this slug." };

const noArticles = {
  articleSlugs: [],
  tagSlugs: [],
  authorUsernames: [],
  hasNews: false,
  hasGuides: false,
};

export const createCategoryAction = formAction({
  name: "category.create",
  access: "category.manage",
  schema: createCategorySchema,
  unique,
  run: async (input, ctx) => {
    await createCategory(input, ctx.audit);
    ctx.expire(tagsForCategoryChange(null, input, noArticles));
    return { message: `Category “${input.name}” created.` };
  },
});

export const updateCategoryAction = formAction({
  name: "category.update",
  access: "category.manage",
  schema: updateCategorySchema,
  unique,
  run: async ({ id, ...input }, ctx) => {
    const { before, after, also } = await updateCategory(id, input, ctx.audit);
    ctx.expire(tagsForCategoryChange(before, after, also));
    return { message: `Category “${input.name}” saved.`, values: after };
  },
});

export const moveCategoryAction = formAction({
  name: "category.move",
  access: "category.manage",
  schema: moveCategorySchema,
  invalid: "Choose a category and a direction.",
  run: async ({ id, direction }, ctx) => {
    const moved = await moveCategory(id, direction, ctx.audit);
    if (moved) ctx.expire(tagsForNavReorder());
    return { message: moved ? "Navigation order saved." : "Already at that end." };
  },
});

export const deleteCategoryAction = formAction({
  name: "category.delete",
  access: "category.manage",
  schema: deleteCategorySchema,
  invalid: "Choose a category to delete.",
  run: async ({ id }, ctx) => {
    const category = await deleteCategory(id, ctx.audit);
    ctx.expire(tagsForCategoryChange(category, null, noArticles));
    return { message: `Category “${category.name}” deleted.` };
  },
});
