"use server";

import { redirect } from "next/navigation";
import { changeAccount } from "@/features/users/admin-accounts";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import { applyDecision } from "./moderation-apply";
import {
  NOTICE_OF_DECISION,
  type NoticeKey,
  parseQueueCommand,
  type QueueErrorKey,
} from "./moderation-rules";
import { readQueueForm } from "./moderation-schemas";
import { logger } from "@/lib/logger";

// The moderation queue's one form action. Each row's buttons and the bulk buttons submit the same
// form (a plain POST: it works without JavaScript); the pressed button says what to do to which
// comment. Validate → authorize → apply → back to the same view with a notice.

type View = { status: string; article?: string; page: number };

function backTo(
  view: View,
  outcome: { done: NoticeKey; count: number } | { error: QueueErrorKey },
): never {
  const search = new URLSearchParams({ status: view.status });
  if (view.article) search.set("article", view.article);
  if (view.page > 1) search.set("page", String(view.page));
  if ("done" in outcome) {
    search.set("done", outcome.done);
    search.set("count", String(outcome.count));
  } else {
    search.set("error", outcome.error);
  }
  redirect(`/admin/comments?${search.toString()}`);
}

export async function moderateQueueAction(formData: FormData): Promise<void> {
  const parsed = readQueueForm(formData);
  const fallback: View = { status: "PENDING", page: 1 };
  if (!parsed.success) backTo(fallback, { error: "invalid" });
  const form = parsed.data;
  const view: View = { status: form.status, article: form.article, page: form.page };
  const command = parseQueueCommand(form.command);
  if (!command) backTo(view, { error: "invalid" });

  if (command.kind === "ban") {
    const authorization = await authorize("user.ban");
    if (!authorization.ok) {
      backTo(view, { error: authorization.status === 401 ? "signin" : "forbidden" });
    }
    const comment = await db.comment.findUnique({
      where: { id: command.commentId },
      select: { authorId: true },
    });
    if (!comment) backTo(view, { error: "gone" });
    let outcome;
    try {
      outcome = await changeAccount(
        authorization.user.id,
        comment.authorId,
        { kind: "ban" },
        { spamPendingComments: form.spamPending },
      );
    } catch (error) {
      logger().error({ err: error }, "[moderation] ban failed");
      backTo(view, { error: "failed" });
    }
    if (!outcome.ok) backTo(view, { error: outcome.reason === "self" ? "self" : "gone" });
    backTo(view, { done: "banned", count: outcome.spammed });
  }

  const decide = command;
  const authorization = await authorize("comment.moderate");
  if (!authorization.ok) {
    backTo(view, { error: authorization.status === 401 ? "signin" : "forbidden" });
  }
  const ids = decide.target === "selected" ? form.ids : [decide.target];
  if (ids.length === 0) backTo(view, { error: "none" });
  let result;
  try {
    result = await applyDecision(authorization.user.id, decide.decision, ids);
  } catch (error) {
    logger().error({ err: error }, "[moderation] decision failed");
    backTo(view, { error: "failed" });
  }
  backTo(view, { done: NOTICE_OF_DECISION[decide.decision], count: result.changed });
}
