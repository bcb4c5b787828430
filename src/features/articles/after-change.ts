import "server-only";
import { emit } from "@/lib/events";
import type { ArticleCacheSnapshot } from "./refresh-rules";
import { refreshArticlePages } from "./refresh";

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
