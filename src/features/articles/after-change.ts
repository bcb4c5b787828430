import "server-only";
import { expireCacheTags } from "@/lib/cache-expiry";
import { emit } from "@/lib/events";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";

// Read what readers see of the article before a change and again after (articles/queries.ts),
// then hand both to afterArticleChange.
export { readArticleSnapshot } from "./queries";

// What follows every change to an article, whoever made it (an editor's action, the scheduler):
// the pages that showed it before or show it now are refreshed, exactly once per change, and the
// change is announced on the event bus as `articleChanged`, once. Articles does not know who
// listens: webhooks queues its event (published / updated / unpublished) from there
// (src/features/webhooks/subscriptions.ts, wired by src/features/wiring.ts).

export interface ArticleChange {
  articleId: number;
  /** Who made the change; null for the scheduler. */
  actorId: number | null;
  before: ArticleCacheSnapshot | null;
  after: ArticleCacheSnapshot | null;
}

declare module "@/lib/events" {
  interface SiteEvents {
    /** An article was created, edited, published, unpublished or deleted (committed already). */
    articleChanged: ArticleChange;
  }
}

export async function afterArticleChange(change: ArticleChange): Promise<string[]> {
  // In a request or on the scheduler's timer alike: the one expiry path handles both.
  const tags = await refreshArticlePages(change.before, change.after);
  // Subscribers' failures are logged by the bus, never thrown at the editor.
  await emit("articleChanged", change);
  return tags;
}

/**
 * Refreshes exactly the pages that showed the article before or show it now, through the one
 * expiry path (src/lib/cache-expiry.ts). Every article change comes here by way of
 * afterArticleChange (publish, edit, unpublish, archive, delete, a scheduled article going
 * live); a changed image's articles come directly. Returns the tags it expired.
 */
export async function refreshArticlePages(
  before: ArticleCacheSnapshot | null,
  after: ArticleCacheSnapshot | null,
): Promise<string[]> {
  const tags = tagsForArticleChange(before, after);
  await expireCacheTags(tags);
  return tags;
}
