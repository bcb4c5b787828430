import "server-only";
import type { ArticleChange } from "@/features/articles/after-change";
import { registerJob } from "@/features/scheduling/jobs";
import { nudgeScheduler } from "@/features/scheduling/nudge";
import { on } from "@/lib/events";
import { logger } from "@/lib/logger";
import { deliverBacklog, pruneDeliveryLog } from "./deliver";
import { queueArticleChangeEvent } from "./queue";

// What webhooks does when something happens elsewhere, and the work it gives the scheduler's
// loop. Loaded once per process by src/features/wiring.ts; subscribing or registering again
// replaces (by id / name), so loading twice never queues or sends twice.

const PRUNE_EVERY_MS = 3_600_000;

/** Queues the webhook event of an article change (published / updated / unpublished). */
export async function queueEventForArticleChange(change: ArticleChange): Promise<void> {
  try {
    const queued = await queueArticleChangeEvent(change);
    // Sent by the loop, never by the request that changed the article: a slow receiver cannot
    // hold up an editor's save.
    if (queued.length > 0) nudgeScheduler();
  } catch (error) {
    // The change itself is committed and its pages refreshed; a lost event is logged, not thrown
    // at the editor.
    logger().error(
      { err: error },
      `Queueing webhook events for article ${change.articleId} failed`,
    );
  }
}

export function subscribeWebhooks(): void {
  on("articleChanged", "webhooks.queue-event", queueEventForArticleChange);
  registerJob({ name: "sending webhooks", run: deliverBacklog });
  registerJob({
    name: "pruning the webhook delivery log",
    everyMs: PRUNE_EVERY_MS,
    run: (now) => pruneDeliveryLog(now),
  });
}
