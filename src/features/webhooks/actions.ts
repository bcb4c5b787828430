"use server";

import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { nudgeScheduler } from "@/features/scheduling/nudge";
import { formAction } from "@/lib/action-chain";
import { invalid } from "@/lib/errors";
import { privateHostReason } from "./address-rules";
import {
  createWebhook,
  deleteWebhook,
  existingWebhook,
  queueTestDelivery,
  requeueDelivery,
  setWebhookActive,
} from "./mutations";
import { generateWebhookSecret, pointsAtThisSite } from "./rules";
import {
  createWebhookSchema,
  redeliverSchema,
  setWebhookActiveSchema,
  webhookIdSchema,
} from "./schemas";

// Webhook administration (admins only, "webhook.manage") on the action chain: validate →
// authorize → apply and audit (mutations.ts). The signing secret is shown once, in the answer to
// the create action (as the form's `secret` value), and again only through the audited reveal
// action; it never goes into an audit entry or a page's HTML by default.

const PAGE = "/admin/webhooks";
const access = "webhook.manage";

/** Our own origins: a webhook there would send signed requests to our own endpoints. */
function siteOrigins(): string[] {
  return [
    env.SITE_URL,
    `http://127.0.0.1:${env.PORT}`,
    `http://localhost:${env.PORT}`,
    env.NEXTAUTH_URL ?? "",
  ].filter(Boolean);
}

/** Why this receiver URL cannot be used, as the URL field's error; null when it can. */
function receiverProblem(url: URL): string | null {
  if (pointsAtThisSite(url, siteOrigins())) {
    return "This URL is this site itself. Enter the address of the receiver.";
  }
  // The sender refuses these too (and any name that resolves to one); saying so here spares the
  // admin a webhook whose every delivery fails.
  const privateReason = env.WEBHOOK_ALLOW_PRIVATE ? null : privateHostReason(url);
  return privateReason
    ? `This URL points into a private network (${privateReason}). Enter a receiver reachable from the internet.`
    : null;
}

/** The answer after a change: the page shows it; with `deliver`, the sender starts soon. */
function changed(message: string, deliver = false) {
  if (deliver) nudgeScheduler();
  revalidatePath(PAGE);
  return { message };
}

export const createWebhookAction = formAction({
  name: "webhook.create",
  access,
  schema: createWebhookSchema,
  lists: ["events"],
  keep: ({ url = "", description = "" }) => ({ url, description }),
  run: async ({ url, description, events }, { user, audit }) => {
    const problem = receiverProblem(url);
    if (problem) throw invalid(problem, { url: problem });
    const secret = generateWebhookSecret();
    const hook = { url: url.href, description, events: [...new Set(events)], secret };
    const id = await createWebhook(hook, user.id, audit);
    const message = `Webhook ${id} added. Copy its signing secret now: it is shown only once.`;
    return { ...changed(message), values: { secret } };
  },
});

export const setWebhookActiveAction = formAction({
  name: "webhook.set-active",
  access,
  schema: setWebhookActiveSchema,
  run: async ({ webhookId, active }, { audit }) => {
    await setWebhookActive(webhookId, active, audit);
    // Enabling it lets the deliveries that waited while it was disabled go out.
    return changed(active ? "Webhook enabled." : "Webhook disabled.", active);
  },
});

export const deleteWebhookAction = formAction({
  name: "webhook.delete",
  access,
  schema: webhookIdSchema,
  run: async ({ webhookId }, { audit }) => {
    await deleteWebhook(webhookId, audit);
    return changed("Webhook deleted, with its delivery log.");
  },
});

export const sendTestEventAction = formAction({
  name: "webhook.test",
  access,
  schema: webhookIdSchema,
  run: async ({ webhookId }, { audit }) => {
    await queueTestDelivery(webhookId, audit);
    return changed(
      "Test event queued. It is sent within seconds; reload to see it in the log.",
      true,
    );
  },
});

export const redeliverAction = formAction({
  name: "webhook.redeliver",
  access,
  schema: redeliverSchema,
  run: async ({ deliveryId }, { audit }) => {
    await requeueDelivery(deliveryId, audit);
    return changed("Delivery queued again.", true);
  },
});

/** The audited way to see a webhook's secret again (answered as the form's `secret` value). */
export const revealSecretAction = formAction({
  name: "webhook.reveal-secret",
  access,
  schema: webhookIdSchema,
  run: async ({ webhookId }, { audit }) => {
    const { secret } = await existingWebhook(webhookId);
    await audit({ action: "webhook.reveal-secret", entityType: "webhook", entityId: webhookId });
    return { values: { secret } };
  },
});
