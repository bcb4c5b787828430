import "server-only";
import { nudgeScheduler } from "@/features/scheduling/nudge";
import { queueArticleChangeEvent } from "@/features/webhooks/queue";
import type { ArticleCacheSnapshot } from "./refresh-rules";
import { refreshArticlePages } from "./refresh";
import { logger } from "@/lib/logger";

// What follows every change to an article, whoever made it (an editor's action, the scheduler):
// the pages that showed it before or show it now are refreshed, exactly once per change, and the
// webhook event (published / updated / unpublished) is queued for subscribers.

export interface ArticleChange {
  articleId: number;
  /** Who made the change; null for the scheduler. */
  actorId: number | null;
  before: ArticleCacheSnapshot | null;
  after: ArticleCacheSnapshot | null;
}

export async function afterArticleChange(change: ArticleChange): Promise<string[]> {
  // In a request or on the scheduler's timer alike: the one expiry path handles both.
  const tags = await refreshArticlePages(change.before, change.after);
  try {
    const queued = await queueArticleChangeEvent(change);
    // Sent by the loop, never by this request: a slow receiver cannot hold up an editor's save.
    if (queued.length > 0) nudgeScheduler();
  } catch (error) {
    // The change itself is committed and its pages refreshed; a lost event is logged, not thrown
    // at the editor.
    logger().error(
      { err: error },
      `Queueing webhook events for article ${change.articleId} failed`,
    );
  }
  return tags;
}
