import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/action-chain";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { type NewDelivery, newDelivery } from "./rules";

// The webhook admin's writes. Each one and its audit entry (through the action's `audit`) commit
// together; a webhook or delivery that is gone answers 404 through the error map. The signing
// secret never goes into an audit entry. Below them, the delivery rows' writes of the queue
// (queue.ts) and the worker (deliver.ts).

type Audit = ActionContext<unknown>["audit"];

const WEBHOOK_GONE = "This webhook no longer exists.";

export async function createWebhook(
  hook: { url: string; description: string; events: string[]; secret: string },
  createdById: number,
  audit: Audit,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.webhook.create({
      data: { ...hook, createdById },
      select: { id: true },
    });
    const { secret: _secret, ...shown } = hook;
    await audit(
      {
        action: "webhook.create",
        entityType: "webhook",
        entityId: id,
        after: { ...shown, active: true },
      },
      tx,
    );
    return id;
  });
}

export async function setWebhookActive(webhookId: number, active: boolean, audit: Audit) {
  await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({
      where: { id: webhookId },
      select: { active: true },
    });
    if (!hook) throw notFound(WEBHOOK_GONE);
    await tx.webhook.update({ where: { id: webhookId }, data: { active } });
    await audit(
      {
        action: active ? "webhook.enable" : "webhook.disable",
        entityType: "webhook",
        entityId: webhookId,
        before: { active: hook.active },
        after: { active },
      },
      tx,
    );
  });
}

/** Deletes a webhook with its delivery log. */
export async function deleteWebhook(webhookId: number, audit: Audit) {
  await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({
      where: { id: webhookId },
      select: { url: true, description: true, events: true, active: true },
    });
    if (!hook) throw notFound(WEBHOOK_GONE);
    await tx.webhook.delete({ where: { id: webhookId } });
    await audit(
      { action: "webhook.delete", entityType: "webhook", entityId: webhookId, before: hook },
      tx,
    );
  });
}

/** Queues a delivery again under the same id, so a receiver can tell it is a repeat. */
export async function requeueDelivery(deliveryId: string, audit: Audit) {
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { status: true, attempts: true },
    });
    if (!delivery) throw notFound("This delivery no longer exists.");
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
    });
    await audit(
      {
        action: "webhook.redeliver",
        entityType: "webhookDelivery",
        entityId: deliveryId,
        before: { status: delivery.status, attempts: delivery.attempts },
        after: { status: "PENDING", attempts: 0 },
      },
      tx,
    );
  });
}

/** A webhook about to be acted on, with its signing secret; 404 when it is gone. */
export async function existingWebhook(webhookId: number): Promise<{ id: number; secret: string }> {
  const hook = await db.webhook.findUnique({
    where: { id: webhookId },
    select: { id: true, secret: true },
  });
  if (!hook) throw notFound(WEBHOOK_GONE);
  return hook;
}

/** Queues a "webhook.test" delivery to one webhook, audited with the delivery's id. */
export async function queueTestDelivery(webhookId: number, audit: Audit): Promise<void> {
  await existingWebhook(webhookId);
  const delivery = newDelivery(webhookId, "webhook.test", new Date(), null);
  await createDelivery(delivery);
  const deliveryId = delivery.id;
  await audit({
    action: "webhook.test",
    entityType: "webhook",
    entityId: webhookId,
    after: { deliveryId },
  });
}

const deliveryData = (delivery: NewDelivery) => ({
  ...delivery,
  payload: delivery.payload as unknown as Prisma.InputJsonValue,
});

/** Queues deliveries (one statement: all or none). */
export async function createDeliveries(deliveries: NewDelivery[]): Promise<void> {
  await db.webhookDelivery.createMany({ data: deliveries.map(deliveryData) });
}

/** Queues one delivery. */
export async function createDelivery(delivery: NewDelivery): Promise<void> {
  await db.webhookDelivery.create({ data: deliveryData(delivery) });
}

/** A delivery the worker has claimed, with where and how to send it. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Claims up to `limit` deliveries due at `now` with FOR UPDATE SKIP LOCKED and pushes their next
 * attempt to `leaseUntil`, in one statement, so two instances (or two runs) never claim the same
 * attempt. Deliveries of disabled webhooks wait (they go out if the webhook is enabled again).
 */
export function claimDueDeliveries(
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" AS d
    SET "nextAttemptAt" = ${leaseUntil}
    FROM "Webhook" AS w
    WHERE w.id = d."webhookId"
      AND d.id IN (
        SELECT q.id FROM "WebhookDelivery" AS q
        JOIN "Webhook" AS h ON h.id = q."webhookId" AND h.active
        WHERE q.status = 'PENDING' AND q."nextAttemptAt" <= ${now}
        ORDER BY q."nextAttemptAt", q."createdAt"
        LIMIT ${limit}
        FOR UPDATE OF q SKIP LOCKED
      )
    RETURNING d.id, d.event, d.payload, d.attempts, w.url, w.secret`;
}

/** Records an attempt of a claimed delivery, only if nobody touched it meanwhile (an admin's
 * redeliver resets attempts). */
export async function recordAttempt(
  delivery: { id: string; attempts: number },
  data: Prisma.WebhookDeliveryUpdateManyMutationInput,
): Promise<void> {
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "PENDING", attempts: delivery.attempts },
    data,
  });
}

/** Removes finished (succeeded or failed) deliveries created before `cutoff`; pending ones stay. */
export async function deleteFinishedDeliveries(cutoff: Date): Promise<number> {
  const { count } = await db.webhookDelivery.deleteMany({
    where: { status: { in: ["SUCCEEDED", "FAILED"] }, createdAt: { lt: cutoff } },
  });
  return count;
}
