"use server";

import { formatWait } from "@/features/rate-limits/rules";
import { formFields } from "@/lib/forms";
import { getCurrentUser } from "@/lib/auth";
import { expireCacheTags } from "@/lib/cache-expiry";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { createComment } from "./create-comment";
import { readFormToken } from "./form-token";
import { canDelete, canEdit, filledTooFast, statusAfterEdit } from "./rules";
import { deleteCommentSchema, editCommentSchema, postCommentSchema } from "./schemas";
import { logger } from "@/lib/logger";

// Comment mutations: validate → authenticate → authorize → apply, then expire the article's
// comments tag when what everyone sees changed (a comment awaiting moderation changes nothing
// public, so the cached page stays as it is).

const GENERIC = "Something went wrong on our side. Your text is still here: try again in a moment.";

function refresh(slug: string): Promise<void> {
  return expireCacheTags([cacheTags.comments(slug)]);
}

export async function postCommentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = { body: fields.body ?? "", parentId: fields.parentId ?? "" };
  const parsed = postCommentSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "body");
    return {
      status: "error",
      fieldErrors: { body: issue?.message ?? "This comment could not be posted." },
      values,
    };
  }
  const input = parsed.data;
  // A filled honeypot gets an answer that looks like success, so the bot learns nothing.
  if (input.website.trim() !== "") {
    return { status: "ok", message: "Thanks! Your comment is awaiting moderation." };
  }
  const user = await getCurrentUser(); // null for banned accounts too
  if (!user) return { status: "error", message: "Sign in to comment.", values };
  const renderedAt = readFormToken(input.formToken);
  if (renderedAt === null) {
    return {
      status: "error",
      message: "This form is out of date. Reload the page and post again.",
      values,
    };
  }
  if (filledTooFast(renderedAt, Date.now())) {
    return { status: "error", message: "That was quick! Read it over and post again.", values };
  }
  try {
    const result = await createComment(user, input);
    if (result.kind === "article-gone")
      return { status: "error", message: "This article no longer takes comments.", values };
    if (result.kind === "parent-gone")
      return { status: "error", message: "The comment you reply to is gone.", values };
    if (result.kind === "rate-limited") {
      return {
        status: "error",
        message: `You are commenting very fast. Try again in ${formatWait(result.retryAfterSeconds)}.`,
        values,
      };
    }
    return {
      status: "ok",
      message:
        result.status === "APPROVED"
          ? "Your comment is published."
          : "Thanks! Your comment is awaiting moderation.",
    };
  } catch (error) {
    logger().error({ err: error }, "[comments] posting failed");
    return { status: "error", message: GENERIC, values };
  }
}

async function ownComment(commentId: number) {
  return db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      authorId: true,
      status: true,
      createdAt: true,
      article: { select: { slug: true } },
    },
  });
}

export async function editCommentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = { body: fields.body ?? "" };
  const parsed = editCommentSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "body");
    return {
      status: "error",
      fieldErrors: { body: issue?.message ?? "This edit is not valid." },
      values,
    };
  }
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Sign in to edit your comment.", values };
  const comment = await ownComment(parsed.data.commentId);
  const now = new Date();
  if (!comment || !canEdit(comment, user.id, now)) {
    return {
      status: "error",
      message: "Comments can be edited by their author for 15 minutes.",
      values,
    };
  }
  try {
    const status = statusAfterEdit({
      current: comment.status,
      role: user.role,
      body: parsed.data.body,
    });
    await db.comment.update({
      where: { id: comment.id },
      data: { body: parsed.data.body, editedAt: now, status },
    });
    if (comment.status === "APPROVED") await refresh(comment.article.slug);
    return {
      status: "ok",
      message: status === "PENDING" ? "Saved: awaiting moderation." : "Saved.",
    };
  } catch (error) {
    logger().error({ err: error }, "[comments] editing failed");
    return { status: "error", message: GENERIC, values };
  }
}

export async function deleteCommentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = deleteCommentSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "This comment cannot be deleted." };
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Sign in to delete your comment." };
  const comment = await ownComment(parsed.data.commentId);
  if (!comment || !canDelete(comment, user)) {
    return { status: "error", message: "You can delete only your own comments." };
  }
  try {
    // The row stays, so replies keep their place under "comment deleted"; the text goes.
    await db.comment.update({
      where: { id: comment.id },
      data: { status: "DELETED", body: "", deletedAt: new Date() },
    });
    if (comment.status === "APPROVED") await refresh(comment.article.slug);
    return { status: "ok", message: "Comment deleted." };
  } catch (error) {
    logger().error({ err: error }, "[comments] deleting failed");
    return { status: "error", message: GENERIC };
  }
}
