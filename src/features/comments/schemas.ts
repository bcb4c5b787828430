import { z } from "zod";
import { BODY_MAX, normalizeBody } from "./rules";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const commentBody = z
  .string({ message: "Write a comment first." })
  .transform(normalizeBody)
  .pipe(
    z
      .string()
      .min(1, "Write a comment first.")
      .max(BODY_MAX, `Keep it under ${BODY_MAX.toLocaleString("en-US")} characters.`),
  );

export const articleSlug = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9-]+$/);

export const postCommentSchema = z.object({
  articleSlug,
  parentId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  body: commentBody,
  /** The honeypot: a field people never see; anything in it means a bot filled the form. */
  website: z.string().max(500).default(""),
  /** Signed time at which the form was rendered (see form-token.ts). */
  formToken: z.string().max(200).default(""),
});

export const editCommentSchema = z.object({ commentId: id, body: commentBody });
export const deleteCommentSchema = z.object({ commentId: id });

export const commentsQuerySchema = z.object({
  article: articleSlug,
});
