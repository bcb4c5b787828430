import { z } from "zod";
import { namedFields, SLUG_MAX, withSlug } from "@/lib/slugs";

// Input of the tag admin's forms.

const id = z.coerce.number().int().positive();

export const createTagSchema = z.object(namedFields).transform(withSlug);
export const updateTagSchema = z.object({ id, ...namedFields }).transform(withSlug);
export const deleteTagSchema = z.object({ id });
export const mergeTagsSchema = z.object({
  sourceId: z.coerce
    .number({ message: "Choose the tag to merge." })
    .int()
    .positive("Choose the tag to merge."),
  targetSlug: z
    .string({ message: "Enter the slug of the tag to keep." })
    .trim()
    .min(1, "Enter the slug of the tag to keep.")
    .max(SLUG_MAX),
});

export const tagListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
