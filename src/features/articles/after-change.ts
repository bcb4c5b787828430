import "server-only";
import type { ArticleCacheSnapshot } from "./refresh-rules";
import { refreshArticlePages } from "./refresh";

// What follows every change to an article, whoever made it (an editor's action, the scheduler):
// the pages that showed it before or show it now are refreshed, exactly once per change.
// Webhook events for publish / update / unpublish are queued from here too (src/features/webhooks).

export interface ArticleChange {
  articleId: number;
  /** Who made the change; null for the scheduler. */
  actorId: number | null;
  before: ArticleCacheSnapshot | null;
  after: ArticleCacheSnapshot | null;
}

export async function afterArticleChange(change: ArticleChange): Promise<string[]> {
  return refreshArticlePages(change.before, change.after);
}
