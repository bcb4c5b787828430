import { z } from "zod";
import { SLUG_MAX } from "@/lib/slugs";
import { requiredText } from "@/lib/text-fields";
import { pageSlugProblem } from "./rules";

// Input of the static-page admin's form.

export const PAGE_BODY_MAX = 100_000;

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

const pageFields = {
  title: requiredText(120, { missing: "Enter a title." }),
  slug: z
    .string({ message: "Enter a slug." })
    .trim()
    .max(SLUG_MAX, `Use at most ${SLUG_MAX} characters.`)
    .superRefine((slug, ctx) => {
      const problem = pageSlugProblem(slug);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  bodySource: z
    .string()
    .max(PAGE_BODY_MAX, `Use at most ${PAGE_BODY_MAX.toLocaleString("en-US")} characters.`)
    .optional()
    .transform((value) => (value ?? "").replace(/\r\n/g, "\n")),
  seoDescription: z
    .string()
    .trim()
    .max(300, "Use at most 300 characters.")
    .optional()
    .transform((value) => value || null),
  published: checkbox,
};

export const createPageSchema = z.object(pageFields);
export const updatePageSchema = z.object({ id: z.coerce.number().int().positive(), ...pageFields });
/** The Markdown of the live preview (the action takes the text itself). */
export const previewPageSchema = pageFields.bodySource;
