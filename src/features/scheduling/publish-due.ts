import "server-only";
import { afterArticleChange } from "@/features/articles/after-change";
import type { ArticleCacheSnapshot } from "@/features/articles/refresh-rules";
import { readArticleSnapshot } from "@/features/articles/after-change";
import { recordAudit } from "@/lib/audit-log";
import { logger } from "@/lib/logger";
import {
  type DueArticle,
  inPublishTransaction,
  lockDueArticles,
  publishDueArticle,
} from "./mutations";

// Scheduled publishing: an article an editor scheduled (status SCHEDULED, scheduledFor in UTC)
// goes live when its time comes, with nobody visiting any page, across restarts, exactly once.
//
// Exactly once: due rows are locked with FOR UPDATE SKIP LOCKED and flipped in the same
// transaction, so a second instance (or an overlapping run) skips the rows the first holds and,
// once it commits, no longer finds them SCHEDULED. Only the run that flipped an article writes its
// audit entry and calls afterArticleChange (page refresh + the articleChanged event, from which
// webhooks queues its own).
//
// Why public reads do not also treat a due SCHEDULED article as published: going live is more
// than a row being visible. It is the audit entry, the webhook event and the refresh of every
// cached list that shows the article, and those happen here, once. If the queries counted
// "SCHEDULED and due" as public, the article page could show an article that home, category and
// feeds (cached, and not refreshed until this runs) do not list yet, and readers would see it
// before subscribers are told. Instead the lag is bounded by this job itself: it runs at start-up
// (catching up whatever fell due while the server was down) and every SCHEDULER_INTERVAL_SECONDS
// (15 s by default), so a public read never waits longer than one interval, and the public
// queries keep their single rule: PUBLISHED with publishedAt <= now
// (src/features/articles/queries.ts, tests/integration/public-visibility.test.ts).

const BATCH = 20;

export interface PublishedByScheduler {
  id: number;
  slug: string;
  publishedAt: Date;
}

/** Flips one batch of due articles to PUBLISHED; returns them with their before-snapshots. */
async function publishBatch(
  now: Date,
): Promise<{ row: DueArticle; before: ArticleCacheSnapshot | null }[]> {
  return inPublishTransaction(async (tx) => {
    const due = await lockDueArticles(tx, now, BATCH);
    const flipped: { row: DueArticle; before: ArticleCacheSnapshot | null }[] = [];
    for (const row of due) {
      // Read before the update (another connection; our row lock does not block plain reads).
      const before = await readArticleSnapshot(row.id);
      await publishDueArticle(tx, row);
      await recordAudit(
        {
          actorId: null,
          action: "article.publish-scheduled",
          entityType: "article",
          entityId: row.id,
          before: { status: "SCHEDULED", scheduledFor: row.scheduledFor.toISOString() },
          after: { status: "PUBLISHED", publishedAt: row.scheduledFor.toISOString() },
        },
        tx,
      );
      flipped.push({ row, before });
    }
    return flipped;
  });
}

/**
 * Publishes every article whose scheduled time is at or before `now`. Safe to run from several
 * processes at once; each article is published, audited and announced by exactly one of them.
 */
export async function publishDueArticles(now = new Date()): Promise<PublishedByScheduler[]> {
  const published: PublishedByScheduler[] = [];
  for (;;) {
    const batch = await publishBatch(now);
    for (const { row, before } of batch) {
      published.push({ id: row.id, slug: row.slug, publishedAt: row.scheduledFor });
      try {
        const after = await readArticleSnapshot(row.id);
        await afterArticleChange({ articleId: row.id, actorId: null, before, after });
      } catch (error) {
        // Published and audited already; the pages still refresh within their cache lifetime.
        logger().error({ err: error }, `[scheduler] after publishing article ${row.id}`);
      }
    }
    if (batch.length < BATCH) return published;
  }
}
