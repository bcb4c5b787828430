import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/env";
import type { ArticleCacheSnapshot } from "@/features/articles/refresh-rules";
import { articleUrl } from "@/features/articles/urls";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { eventForArticleChange, type WebhookEvent, type WebhookPayload } from "./rules";

// Queueing: an event becomes one WebhookDelivery row per active webhook subscribed to it, in the
// database, so that a crash or a restart loses nothing; the worker (deliver.ts) sends them.
// Nothing here waits for a receiver.

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

/** The payload of one delivery. `id` is the delivery's own id, the same on every retry. */
export function buildPayload(
  event: WebhookPayload["event"],
  deliveryId: string,
  occurredAt: Date,
  article: WebhookPayload["article"],
): WebhookPayload {
  return { event, id: deliveryId, occurredAt: occurredAt.toISOString(), article };
}

/** Queues `event` for every active webhook subscribed to it. Returns the delivery ids. */
export async function queueEvent(
  event: WebhookEvent,
  article: WebhookPayload["article"],
  occurredAt = new Date(),
): Promise<string[]> {
  const hooks = await db.webhook.findMany({
    where: { active: true, events: { has: event } },
    select: { id: true },
  });
  if (hooks.length === 0) return [];
  const rows = hooks.map((hook) => {
    const id = randomUUID();
    return {
      id,
      webhookId: hook.id,
      event,
      payload: buildPayload(event, id, occurredAt, article) as unknown as Prisma.InputJsonValue,
      nextAttemptAt: occurredAt,
    };
  });
  await db.webhookDelivery.createMany({ data: rows });
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

/** A "webhook.test" delivery to one webhook, whatever it subscribes to. */
export async function queueTestEvent(webhookId: number): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await db.webhookDelivery.create({
    data: {
      id,
      webhookId,
      event: "webhook.test",
      payload: buildPayload("webhook.test", id, now, null) as unknown as Prisma.InputJsonValue,
      nextAttemptAt: now,
    },
  });
  return id;
}
