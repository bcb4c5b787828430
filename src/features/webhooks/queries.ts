import "server-only";
import { db } from "@/lib/db";

// Reads for the admin's webhooks page and the queue. The secret is never selected here: it is shown once at
// creation and then only through the audited reveal action.

export function listWebhooks() {
  return db.webhook.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      url: true,
      description: true,
      active: true,
      events: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { deliveries: { where: { status: "PENDING" } } } },
    },
  });
}

export type WebhookRow = Awaited<ReturnType<typeof listWebhooks>>[number];

/** The delivery log, newest first; one webhook's or all of them. */
export function recentDeliveries(options: { webhookId?: number; limit?: number } = {}) {
  return db.webhookDelivery.findMany({
    where: options.webhookId ? { webhookId: options.webhookId } : {},
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 50,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastErrorKind: true,
      responseMs: true,
      createdAt: true,
      deliveredAt: true,
      webhook: { select: { id: true, url: true } },
    },
  });
}

export type DeliveryRow = Awaited<ReturnType<typeof recentDeliveries>>[number];

/** The active webhooks subscribed to `event`. */
export async function findSubscribedWebhookIds(event: string): Promise<number[]> {
  const hooks = await db.webhook.findMany({
    where: { active: true, events: { has: event } },
    select: { id: true },
  });
  return hooks.map((hook) => hook.id);
}
