import { z } from "zod";
import { SLUG_MAX, slugProblem, slugify } from "./rules";

// Input of the category admin's forms: the one definition of valid, shared by actions and tests.

const id = z.coerce.number().int().positive();

const name = z
  .string({ message: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(60, "Use at most 60 characters.");

const description = z
  .string()
  .trim()
  .max(300, "Use at most 300 characters.")
  .optional()
  .transform((value) => value ?? "");

/** A typed slug, or empty to generate one from the name. */
const optionalSlug = z
  .string()
  .trim()
  .max(SLUG_MAX, `Use at most ${SLUG_MAX} characters.`)
  .optional()
  .transform((value) => value ?? "");

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

export const createCategorySchema = z
  .object({ name, slug: optionalSlug, description })
  .transform(withSlug);

export const updateCategorySchema = z
  .object({ id, name, slug: optionalSlug, description })
  .transform(withSlug);

export const moveCategorySchema = z.object({ id, direction: z.enum(["up", "down"]) });

export const deleteCategorySchema = z.object({ id });
