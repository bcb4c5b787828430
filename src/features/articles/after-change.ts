import "server-only";
import { currentBackgroundJob } from "@/features/scheduling/background";
import { nudgeScheduler } from "@/features/scheduling/nudge";
import { expireCacheTagsFromBackground } from "@/features/scheduling/refresh-from-background";
import { queueArticleChangeEvent } from "@/features/webhooks/queue";
import type { ArticleCacheSnapshot } from "./refresh-rules";
import { tagsForArticleChange } from "./refresh-rules";
import { expireCacheTags } from "./refresh";

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

/**
 * Inside a request (a server action, a route handler) Next's revalidateTag does it. The
 * scheduler's timer has no request, and revalidateTag would throw "static generation store
 * missing" there, so it asks this server's revalidation route instead. Code that runs outside a
 * request without saying so (a script) gets the same: revalidateTag refuses before expiring
 * anything, and the route is used.
 */
async function refresh(tags: string[]): Promise<void> {
  if (!currentBackgroundJob()) {
    try {
      expireCacheTags(tags);
      return;
    } catch (error) {
      if (!/static generation store missing/.test(String(error))) throw error;
    }
  }
  await expireCacheTagsFromBackground(tags);
}

export async function afterArticleChange(change: ArticleChange): Promise<string[]> {
  const tags = tagsForArticleChange(change.before, change.after);
  await refresh(tags);
  try {
    const queued = await queueArticleChangeEvent(change);
    // Sent by the loop, never by this request: a slow receiver cannot hold up an editor's save.
    if (queued.length > 0) nudgeScheduler();
  } catch (error) {
    // The change itself is committed and its pages refreshed; a lost event is logged, not thrown
    // at the editor.
    console.error(`Queueing webhook events for article ${change.articleId} failed:`, error);
  }
  return tags;
}
