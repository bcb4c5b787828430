import "server-only";
import { env } from "@/env";
import type { ArticleCacheSnapshot } from "@/features/articles/refresh-rules";
import { articleUrl } from "@/features/articles/urls";
import { createDeliveries } from "./mutations";
import { findSubscribedWebhookIds } from "./queries";
import {
  eventForArticleChange,
  newDelivery,
  type WebhookEvent,
  type WebhookPayload,
} from "./rules";

// Queueing: an event becomes one WebhookDelivery row per active webhook subscribed to it, in the
// database, so that a crash or a restart loses nothing; the worker (deliver.ts) sends them.
// Nothing here waits for a receiver. (The admin's test delivery is queued in mutations.ts.)

interface ArticleChangeForWebhooks {
  articleId: number;
  before: ArticleCacheSnapshot | null;
  after: ArticleCacheSnapshot | null;
}

function describeArticle(
  articleId: number,
  snapshot: ArticleCacheSnapshot,
): NonNullable<WebhookPayload["article"]> {
  return {
    id: articleId,
    slug: snapshot.slug,
    title: snapshot.title ?? snapshot.slug,
    url: `${env.SITE_URL}${articleUrl(snapshot)}`,
    publishedAt: snapshot.publishedAt ? snapshot.publishedAt.toISOString() : null,
  };
}

/** Queues `event` for every active webhook subscribed to it. Returns the delivery ids. */
export async function queueEvent(
  event: WebhookEvent,
  article: WebhookPayload["article"],
  occurredAt = new Date(),
): Promise<string[]> {
  const webhookIds = await findSubscribedWebhookIds(event);
  if (webhookIds.length === 0) return [];
  const rows = webhookIds.map((webhookId) => newDelivery(webhookId, event, occurredAt, article));
  await createDeliveries(rows);
  return rows.map((row) => row.id);
}

/** The event for an article change (published / updated / unpublished), queued; none for
 * changes readers never saw. */
export async function queueArticleChangeEvent(change: ArticleChangeForWebhooks): Promise<string[]> {
  const event = eventForArticleChange(change.before, change.after);
  if (!event) return [];
  // Describe the article as it is now, or as it was when it is gone (deleted).
  const snapshot = change.after ?? change.before;
  if (!snapshot) return [];
  return queueEvent(event, describeArticle(change.articleId, snapshot));
}
