import { z } from "zod";
import { REDIRECT_STATUSES, normalizeFromPath, normalizeTargetPath } from "./rules";

// Input of the redirect admin's forms. Paths are normalized here; what needs the database (loops,
// live URLs, the article) is checked by the action.

/** 301 unless another is chosen. */
const statusCode = z
  .preprocess((value) => (value === undefined || value === "" ? 301 : value), z.coerce.number())
  .refine(
    (value): value is (typeof REDIRECT_STATUSES)[number] =>
      (REDIRECT_STATUSES as readonly number[]).includes(value),
    "Choose 301, 302 or 308.",
  );

const redirectFields = z
  .object({
    fromPath: z.string({ message: "Enter the old path." }).max(600, "That path is too long."),
    targetKind: z.enum(["article", "path"], { message: "Choose where it goes." }),
    articleSlug: z.string().trim().max(200).optional(),
    toPath: z.string().trim().max(600).optional(),
    statusCode,
  })
  .transform((value, ctx) => {
    const from = normalizeFromPath(value.fromPath);
    if ("problem" in from)
      ctx.addIssue({ code: "custom", path: ["fromPath"], message: from.problem });
    let toPath: string | null = null;
    let articleSlug: string | null = null;
    if (value.targetKind === "path") {
      const to = normalizeTargetPath(value.toPath ?? "");
      if ("problem" in to) ctx.addIssue({ code: "custom", path: ["toPath"], message: to.problem });
      else toPath = to.path;
    } else if (!value.articleSlug) {
      ctx.addIssue({
        code: "custom",
        path: ["articleSlug"],
        message: "Enter the slug of the article.",
      });
    } else {
      articleSlug = value.articleSlug;
    }
    if ("problem" in from) return z.NEVER;
    return { fromPath: from.path, toPath, articleSlug, statusCode: value.statusCode };
  });

export const createRedirectSchema = redirectFields;
export const updateRedirectSchema = z
  .object({ id: z.coerce.number().int().positive() })
  .and(redirectFields);
export const deleteRedirectSchema = z.object({ id: z.coerce.number().int().positive() });

export type RedirectInput = z.infer<typeof createRedirectSchema>;
