import { z } from "zod";
import { requiredText } from "./text-fields";

// URL slugs of the site's named things (categories, tags, static pages): one shape, one way to
// make one from a name, and the form fields that take a name with an optional slug.

export const SLUG_MAX = 80;
const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL slug from a name: lowercase ASCII letters and digits joined by single hyphens. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off: "Café" → "cafe"
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}

/** Why a slug cannot be used, or null when it can. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return "Enter a slug.";
  if (slug.length > SLUG_MAX) return `Use at most ${SLUG_MAX} characters.`;
  if (!SLUG_SHAPE.test(slug)) {
    return "Use lowercase letters, digits and single hyphens (not at the start or end).";
  }
  return null;
}

/** The fields of a named thing with a slug (categories, tags): name, slug or empty, description. */
export const namedFields = {
  name: requiredText(60, { missing: "Enter a name." }),
  /** A typed slug, or empty to generate one from the name. */
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

/** A zod transform: the typed slug, or one made from the name; a problem goes on `slug`. */
export function withSlug<T extends { name: string; slug: string }>(value: T, ctx: z.RefinementCtx) {
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
