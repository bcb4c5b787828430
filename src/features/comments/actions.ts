"use server";

import { formAction } from "@/lib/action-chain";
import { getCurrentUser } from "@/lib/auth";
import { forbidden, signedOut } from "@/lib/errors";
import { createComment, deleteComment, findOwnComment, saveCommentEdit } from "./mutations";
import { canDelete, canEdit, statusAfterEdit } from "./rules";
import { deleteCommentSchema, editCommentSchema, postCommentSchema } from "./schemas";

// The comment form's actions, on the action chain (src/lib/action-chain.ts): validate →
// authenticate → authorize → apply (mutations.ts), which expires the article's comments tag when
// what everyone sees changed.

const AWAITING = "Thanks! Your comment is awaiting moderation.";

export const postCommentAction = formAction({
  name: "comment.post",
  // The honeypot answers before any session is looked up, so a bot learns nothing either way.
  access: "public",
  schema: postCommentSchema,
  keep: ({ body = "", parentId = "" }) => ({ body, parentId }),
  run: async (input, { expire }) => {
    // A filled honeypot gets an answer that looks like success.
    if (input.website.trim() !== "") return { message: AWAITING, values: {} };
    const user = await getCurrentUser(); // null for banned accounts too
    if (!user) throw signedOut("Sign in to comment.");
    const { status } = await createComment(user, input, expire);
    return { message: status === "APPROVED" ? "Your comment is published." : AWAITING, values: {} };
  },
});

export const editCommentAction = formAction({
  name: "comment.edit",
  access: "member",
  schema: editCommentSchema,
  keep: ({ body = "" }) => ({ body }),
  run: async ({ commentId, body }, { user, expire }) => {
    const comment = await findOwnComment(commentId);
    const now = new Date();
    if (!comment || !canEdit(comment, user.id, now)) {
      throw forbidden("Comments can be edited by their author for 15 minutes.");
    }
    const status = statusAfterEdit({ current: comment.status, role: user.role, body });
    await saveCommentEdit(comment, { body, status, editedAt: now }, expire);
    return { message: status === "PENDING" ? "Saved: awaiting moderation." : "Saved.", values: {} };
  },
});

export const deleteCommentAction = formAction({
  name: "comment.delete",
  access: "member",
  schema: deleteCommentSchema,
  run: async ({ commentId }, { user, expire }) => {
    const comment = await findOwnComment(commentId);
    if (!comment || !canDelete(comment, user)) {
      throw forbidden("You can delete only your own comments.");
    }
    await deleteComment(comment, expire);
    return { message: "Comment deleted." };
  },
});
