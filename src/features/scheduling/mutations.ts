import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/write-types";

// The scheduler's writes (publish-due.ts decides): one batch of due articles is one transaction,
// whose client the steps below take.

// Generous: each article's snapshot is a few reads, and a loaded machine should not turn a batch
// into a rolled-back transaction (Prisma's default is 5 s).
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Runs one batch of scheduled publishing in one transaction. */
export function inPublishTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION);
}

export interface DueArticle {
  id: number;
  slug: string;
  scheduledFor: Date;
}

/**
 * Locks up to `limit` articles scheduled for `now` or earlier with FOR UPDATE SKIP LOCKED: a
 * second instance (or an overlapping run) skips the rows this transaction holds and, once it
 * commits, no longer finds them SCHEDULED.
 */
export function lockDueArticles(tx: Tx, now: Date, limit: number): Promise<DueArticle[]> {
  return tx.$queryRaw<DueArticle[]>`
    SELECT id, slug, "scheduledFor" FROM "Article"
    WHERE status = 'SCHEDULED' AND "scheduledFor" <= ${now}
    ORDER BY "scheduledFor", id
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
}

/** Flips a locked due article to PUBLISHED. */
export async function publishDueArticle(tx: Tx, article: DueArticle): Promise<void> {
  await tx.article.update({
    where: { id: article.id },
    data: {
      status: "PUBLISHED",
      // The intended time, not the moment this ran: a restart or a slow tick does not move
      // the article down the lists or change its date.
      publishedAt: article.scheduledFor,
      // An editor's form opened before this moment names the old version, so saving it fails
      // with a conflict instead of silently putting the article back to "scheduled". No
      // ArticleRevision: revisions record content, and the content did not change; the status
      // change is in the audit log.
      version: { increment: 1 },
    },
  });
}
