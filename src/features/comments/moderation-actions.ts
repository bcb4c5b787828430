"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authenticate, typedAction } from "@/lib/action-chain";
import { ActionError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { AdminAction } from "@/lib/permissions";
import { applyDecision, banAuthorOf } from "./moderation-apply";
import {
  NOTICE_OF_DECISION,
  type NoticeKey,
  parseQueueCommand,
  type QueueErrorKey,
} from "./moderation-rules";
import { readQueueForm } from "./moderation-schemas";

// The moderation queue's one action. Each row's buttons and the bulk buttons submit the same
// form, a plain POST (it works without JavaScript; the page passes it through `plainForm`); the
// pressed button says what to do to which comment. Every answer, refusals included, is a
// redirect back to the same view with a notice, so the permission, which depends on the pressed
// button, is checked here rather than by the chain's `access`.

type View = { status: string; article?: string; page: number };
type Outcome = { done: NoticeKey; count: number } | { error: QueueErrorKey };

function backTo(view: View, outcome: Outcome): never {
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

/** The signed-in staff member allowed to `permission`; anyone else goes back with the reason. */
async function staff(view: View, permission: AdminAction) {
  try {
    return await authenticate(permission);
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    backTo(view, { error: error.failure.code === 401 ? "signin" : "forbidden" });
  }
}

/** Runs a change; a failure is logged and reported on the queue as "failed". */
async function attempt<T>(view: View, what: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    logger().error({ err: error }, `[moderation] ${what} failed`);
    backTo(view, { error: "failed" });
  }
}

export const moderateQueueAction = typedAction({
  name: "comment.moderate",
  access: "public", // checked per pressed button below, answered by a redirect
  schema: z.instanceof(FormData).transform(readQueueForm),
  run: async (parsed, { expire }) => {
    if (!parsed.success) backTo({ status: "PENDING", page: 1 }, { error: "invalid" });
    const form = parsed.data;
    const view: View = { status: form.status, article: form.article, page: form.page };
    const command = parseQueueCommand(form.command);
    if (!command) backTo(view, { error: "invalid" });

    if (command.kind === "ban") {
      const user = await staff(view, "user.ban");
      const outcome = await attempt(view, "ban", () =>
        banAuthorOf(user.id, command.commentId, form.spamPending),
      );
      if (!outcome?.ok) {
        backTo(view, { error: outcome && outcome.reason === "self" ? "self" : "gone" });
      }
      backTo(view, { done: "banned", count: outcome.spammed });
    }

    const user = await staff(view, "comment.moderate");
    const ids = command.target === "selected" ? form.ids : [command.target];
    if (ids.length === 0) backTo(view, { error: "none" });
    const result = await attempt(view, "decision", () =>
      applyDecision(user.id, command.decision, ids, expire),
    );
    backTo(view, { done: NOTICE_OF_DECISION[command.decision], count: result.changed });
  },
});
