import { z } from "zod";
import { SLUG_MAX, slugProblem, slugify } from "@/features/categories/rules";

// Input of the tag admin's forms.

const id = z.coerce.number().int().positive();

const fields = {
  name: z
    .string({ message: "Enter a name." })
    .trim()
    .min(1, "Enter a name.")
    .max(60, "Use at most 60 characters."),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Use at most ${SLUG_MAX} characters.`)
    .optional()
    .transform((value) => value ?? ""),
  description: z
    .string()
    .trim()
    .max(300, "Use at most 300 characters.")
    .optional()
    .transform((value) => value ?? ""),
};

function withSlug<T extends { name: string; slug: string }>(value: T, ctx: z.RefinementCtx) {
  const slug = value.slug || slugify(value.name);
  const problem = slugProblem(slug);
  if (problem) {
    ctx.addIssue({
      code: "custom",
      path: ["slug"],
      message: value.slug ? problem : "This name makes no slug: type one (letters and digits).",
    });
    return z.NEVER;
  }
  return { ...value, slug };
}

export const createTagSchema = z.object(fields).transform(withSlug);
export const updateTagSchema = z.object({ id, ...fields }).transform(withSlug);
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
