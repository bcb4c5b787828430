import "server-only";
import type { ActionContext } from "@/lib/action-chain";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { queueTestEvent } from "./queue";

// The webhook admin's writes. Each one and its audit entry (through the action's `audit`) commit
// together; a webhook or delivery that is gone answers 404 through the error map. The signing
// secret never goes into an audit entry.

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
  const deliveryId = await queueTestEvent(webhookId);
  await audit({
    action: "webhook.test",
    entityType: "webhook",
    entityId: webhookId,
    after: { deliveryId },
  });
}
