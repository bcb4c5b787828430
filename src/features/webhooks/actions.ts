"use server";

import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { recordAudit } from "@/lib/audit-log";
import { nudgeScheduler } from "@/features/scheduling/nudge";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { privateHostReason } from "./address-rules";
import { queueTestEvent } from "./queue";
import { generateWebhookSecret, pointsAtThisSite } from "./rules";
import {
  createWebhookSchema,
  redeliverSchema,
  setWebhookActiveSchema,
  webhookIdSchema,
} from "./schemas";
import { logger } from "@/lib/logger";

// Webhook administration (admins only, "webhook.manage"): validate → authorize → apply → audit.
// The signing secret is shown once, in the answer to the create action, and again only through
// the audited reveal action; it never goes into an audit entry or a page's HTML by default.

const GENERIC = "Something went wrong on our side. Try again in a moment.";
const PAGE = "/admin/webhooks";

export interface WebhookFormState extends FormState {
  /** The new webhook's signing secret, shown once after creation. */
  secret?: string;
}

function fieldsOf(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && key !== "events") fields[key] = value;
  }
  return fields;
}

function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Our own origins: a webhook there would send signed requests to our own endpoints. */
function siteOrigins(): string[] {
  return [
    env.SITE_URL,
    `http://127.0.0.1:${env.PORT}`,
    `http://localhost:${env.PORT}`,
    env.NEXTAUTH_URL ?? "",
  ].filter(Boolean);
}

export async function createWebhookAction(
  _previous: WebhookFormState,
  formData: FormData,
): Promise<WebhookFormState> {
  const fields = fieldsOf(formData);
  const values = { url: fields.url ?? "", description: fields.description ?? "" };
  const events = formData.getAll("events").map(String);
  const parsed = createWebhookSchema.safeParse({ ...fields, events });
  if (!parsed.success) {
    return { status: "error", fieldErrors: firstErrors(parsed.error.issues), values };
  }
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const { url, description } = parsed.data;
  if (pointsAtThisSite(url, siteOrigins())) {
    return {
      status: "error",
      fieldErrors: { url: "This URL is this site itself. Enter the address of the receiver." },
      values,
    };
  }
  // The sender refuses these too (and any name that resolves to one); saying so here spares the
  // admin a webhook whose every delivery fails.
  const privateReason = env.WEBHOOK_ALLOW_PRIVATE ? null : privateHostReason(url);
  if (privateReason) {
    return {
      status: "error",
      fieldErrors: {
        url: `This URL points into a private network (${privateReason}). Enter a receiver reachable from the internet.`,
      },
      values,
    };
  }
  try {
    const secret = generateWebhookSecret();
    const uniqueEvents = [...new Set(parsed.data.events)];
    const created = await db.$transaction(async (tx) => {
      const hook = await tx.webhook.create({
        data: {
          url: url.href,
          description,
          events: uniqueEvents,
          secret,
          createdById: auth.user.id,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "webhook.create",
          entityType: "webhook",
          entityId: hook.id,
          after: { url: url.href, description, events: uniqueEvents, active: true },
        },
        tx,
      );
      return hook;
    });
    revalidatePath(PAGE);
    return {
      status: "ok",
      message: `Webhook ${created.id} added. Copy its signing secret now: it is shown only once.`,
      secret,
    };
  } catch (error) {
    logger().error({ err: error }, "createWebhookAction failed");
    return { status: "error", message: GENERIC, values };
  }
}

export async function setWebhookActiveAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = setWebhookActiveSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return { status: "error", message: "Unknown webhook." };
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { webhookId, active } = parsed.data;
  try {
    const changed = await db.$transaction(async (tx) => {
      const hook = await tx.webhook.findUnique({
        where: { id: webhookId },
        select: { active: true },
      });
      if (!hook) return false;
      await tx.webhook.update({ where: { id: webhookId }, data: { active } });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: active ? "webhook.enable" : "webhook.disable",
          entityType: "webhook",
          entityId: webhookId,
          before: { active: hook.active },
          after: { active },
        },
        tx,
      );
      return true;
    });
    if (!changed) return { status: "error", message: "This webhook no longer exists." };
    revalidatePath(PAGE);
    if (active) nudgeScheduler(); // deliveries that waited while it was disabled
    return { status: "ok", message: active ? "Webhook enabled." : "Webhook disabled." };
  } catch (error) {
    logger().error({ err: error }, "setWebhookActiveAction failed");
    return { status: "error", message: GENERIC };
  }
}

export async function deleteWebhookAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = webhookIdSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return { status: "error", message: "Unknown webhook." };
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { webhookId } = parsed.data;
  try {
    const deleted = await db.$transaction(async (tx) => {
      const hook = await tx.webhook.findUnique({
        where: { id: webhookId },
        select: { url: true, description: true, events: true, active: true },
      });
      if (!hook) return false;
      await tx.webhook.delete({ where: { id: webhookId } });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "webhook.delete",
          entityType: "webhook",
          entityId: webhookId,
          before: hook,
        },
        tx,
      );
      return true;
    });
    if (!deleted) return { status: "error", message: "This webhook no longer exists." };
    revalidatePath(PAGE);
    return { status: "ok", message: "Webhook deleted, with its delivery log." };
  } catch (error) {
    logger().error({ err: error }, "deleteWebhookAction failed");
    return { status: "error", message: GENERIC };
  }
}

export async function sendTestEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = webhookIdSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return { status: "error", message: "Unknown webhook." };
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { webhookId } = parsed.data;
  try {
    const hook = await db.webhook.findUnique({ where: { id: webhookId }, select: { id: true } });
    if (!hook) return { status: "error", message: "This webhook no longer exists." };
    const deliveryId = await queueTestEvent(webhookId);
    await recordAudit({
      actorId: auth.user.id,
      action: "webhook.test",
      entityType: "webhook",
      entityId: webhookId,
      after: { deliveryId },
    });
    nudgeScheduler();
    revalidatePath(PAGE);
    return {
      status: "ok",
      message: "Test event queued. It is sent within seconds; reload to see it in the log.",
    };
  } catch (error) {
    logger().error({ err: error }, "sendTestEventAction failed");
    return { status: "error", message: GENERIC };
  }
}

export async function redeliverAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = redeliverSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return { status: "error", message: "Unknown delivery." };
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { deliveryId } = parsed.data;
  try {
    const queued = await db.$transaction(async (tx) => {
      const delivery = await tx.webhookDelivery.findUnique({
        where: { id: deliveryId },
        select: { status: true, attempts: true, webhookId: true },
      });
      if (!delivery) return false;
      // Same delivery id, so a receiver that already processed it can tell it is a repeat.
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
      });
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "webhook.redeliver",
          entityType: "webhookDelivery",
          entityId: deliveryId,
          before: { status: delivery.status, attempts: delivery.attempts },
          after: { status: "PENDING", attempts: 0 },
        },
        tx,
      );
      return true;
    });
    if (!queued) return { status: "error", message: "This delivery no longer exists." };
    nudgeScheduler();
    revalidatePath(PAGE);
    return { status: "ok", message: "Delivery queued again." };
  } catch (error) {
    logger().error({ err: error }, "redeliverAction failed");
    return { status: "error", message: GENERIC };
  }
}

/** The audited way to see a webhook's secret again. */
export async function revealSecretAction(
  _previous: WebhookFormState,
  formData: FormData,
): Promise<WebhookFormState> {
  const parsed = webhookIdSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return { status: "error", message: "Unknown webhook." };
  const auth = await authorize("webhook.manage");
  if (!auth.ok) return { status: "error", message: auth.message };
  const { webhookId } = parsed.data;
  try {
    const hook = await db.webhook.findUnique({
      where: { id: webhookId },
      select: { secret: true },
    });
    if (!hook) return { status: "error", message: "This webhook no longer exists." };
    await recordAudit({
      actorId: auth.user.id,
      action: "webhook.reveal-secret",
      entityType: "webhook",
      entityId: webhookId,
    });
    return { status: "ok", secret: hook.secret };
  } catch (error) {
    logger().error({ err: error }, "revealSecretAction failed");
    return { status: "error", message: GENERIC };
  }
}
