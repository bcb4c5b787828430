import type { Metadata } from "next";
import { formatInZone } from "@/features/admin/format";
import { getSiteSettings } from "@/features/settings/data";
import {
  createWebhookAction,
  deleteWebhookAction,
  redeliverAction,
  revealSecretAction,
  sendTestEventAction,
  setWebhookActiveAction,
} from "@/features/webhooks/actions";
import {
  ActionButton,
  CreateWebhookForm,
  RevealSecret,
} from "@/features/webhooks/components/webhook-forms";
import { recentDeliveries, listWebhooks } from "@/features/webhooks/queries";
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  MAX_ATTEMPTS,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
} from "@/features/webhooks/rules";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Webhooks" };

const statusStyle = {
  PENDING: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  SUCCEEDED: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
} as const;

const verifyExample = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (before JSON parsing)
function verify(secret, rawBody, header) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  const t = Number(parts.t);
  if (Math.abs(Date.now() / 1000 - t) > ${SIGNATURE_TOLERANCE_SECONDS}) return false; // too old: a replay
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

export default async function WebhooksPage() {
  await requirePagePermission("webhook.manage");
  const [settings, hooks, deliveries] = await Promise.all([
    getSiteSettings(),
    listWebhooks(),
    recentDeliveries({ limit: 50 }),
  ]);
  const when = (date: Date | null) =>
    date ? <time dateTime={date.toISOString()}>{formatInZone(date, settings.timeZone)}</time> : "—";
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-extrabold tracking-tight">Webhooks</h1>
        <p className="mt-2 max-w-prose text-sm text-neutral-700 dark:text-neutral-300">
          Other systems can be told when an article goes live, changes while live, or is taken down.
          Each event is sent as a signed JSON POST; failed deliveries are retried with growing
          pauses, up to {MAX_ATTEMPTS} attempts.
        </p>
      </div>

      <section
        aria-labelledby="add-webhook"
        className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="add-webhook" className="mb-3 text-lg font-bold">
          Add a webhook
        </h2>
        <CreateWebhookForm action={createWebhookAction} />
      </section>

      <section aria-labelledby="webhook-list">
        <h2 id="webhook-list" className="mb-3 text-lg font-bold">
          Webhooks ({hooks.length})
        </h2>
        {hooks.length === 0 ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">No webhooks yet.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {hooks.map((hook) => (
              <li
                key={hook.id}
                className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
              >
                <h3 className="font-mono text-sm font-semibold break-all">{hook.url}</h3>
                <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
                  {hook.description && <>{hook.description} · </>}
                  <span className="font-semibold">{hook.active ? "Active" : "Disabled"}</span>
                  {" · "}
                  {hook.events.join(", ")}
                  {" · "}
                  {hook._count.deliveries} pending
                  {" · "}added {when(hook.createdAt)}
                  {hook.createdBy && <> by {hook.createdBy.name}</>}
                </p>
                <div className="mt-3 flex flex-wrap items-start gap-2">
                  <ActionButton
                    action={setWebhookActiveAction}
                    fields={{ webhookId: String(hook.id), active: String(!hook.active) }}
                    label={hook.active ? "Disable" : "Enable"}
                    pendingLabel="Saving…"
                  />
                  <ActionButton
                    action={sendTestEventAction}
                    fields={{ webhookId: String(hook.id) }}
                    label="Send test event"
                    pendingLabel="Queueing…"
                  />
                  <RevealSecret action={revealSecretAction} webhookId={hook.id} />
                  <ActionButton
                    action={deleteWebhookAction}
                    fields={{ webhookId: String(hook.id) }}
                    label="Delete"
                    pendingLabel="Deleting…"
                    confirmText={`Delete the webhook to ${hook.url} and its delivery log?`}
                    danger
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="delivery-log">
        <h2 id="delivery-log" className="mb-3 text-lg font-bold">
          Delivery log (latest {deliveries.length})
        </h2>
        {deliveries.length === 0 ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">Nothing sent yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Webhook deliveries, newest first</caption>
              <thead className="border-b border-neutral-300 dark:border-neutral-700">
                <tr>
                  <th scope="col" className="p-2">
                    Queued
                  </th>
                  <th scope="col" className="p-2">
                    Event
                  </th>
                  <th scope="col" className="p-2">
                    Receiver
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                  <th scope="col" className="p-2">
                    Attempts
                  </th>
                  <th scope="col" className="p-2">
                    Last answer
                  </th>
                  <th scope="col" className="p-2">
                    Delivered / next try
                  </th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr
                    key={delivery.id}
                    className="border-b border-neutral-200 align-top dark:border-neutral-800"
                  >
                    <td className="p-2 whitespace-nowrap">{when(delivery.createdAt)}</td>
                    <td className="p-2">
                      <code>{delivery.event}</code>
                    </td>
                    <td className="max-w-56 p-2 font-mono text-xs break-all">
                      {delivery.webhook.url}
                    </td>
                    <td className="p-2">
                      <span
                        className={`rounded px-2 py-0.5 text-xs font-semibold ${statusStyle[delivery.status]}`}
                      >
                        {delivery.status.toLowerCase()}
                      </span>
                    </td>
                    <td className="p-2">
                      {delivery.attempts} / {MAX_ATTEMPTS}
                    </td>
                    <td className="p-2">
                      {delivery.lastStatusCode ?? (delivery.attempts > 0 ? "no answer" : "—")}
                      {delivery.responseMs !== null && <> in {delivery.responseMs} ms</>}
                      {delivery.lastErrorKind && (
                        <span className="block max-w-64 text-xs break-words text-red-800 dark:text-red-300">
                          {delivery.lastErrorKind}
                        </span>
                      )}
                    </td>
                    <td className="p-2 whitespace-nowrap">
                      {delivery.deliveredAt
                        ? when(delivery.deliveredAt)
                        : delivery.status === "PENDING"
                          ? when(delivery.nextAttemptAt)
                          : "—"}
                    </td>
                    <td className="p-2">
                      {delivery.status !== "PENDING" && (
                        <ActionButton
                          action={redeliverAction}
                          fields={{ deliveryId: delivery.id }}
                          label="Redeliver"
                          pendingLabel="Queueing…"
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section
        aria-labelledby="verify"
        className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="verify" className="text-lg font-bold">
          For receivers: verifying a delivery
        </h2>
        <div className="mt-2 flex max-w-prose flex-col gap-2 text-sm">
          <p>
            Every request is a <code>POST</code> with a JSON body{" "}
            <code>{`{ event, id, occurredAt, article: { id, slug, title, url, publishedAt } }`}</code>{" "}
            and these headers: <code>{EVENT_HEADER}</code> (the event),{" "}
            <code>{DELIVERY_HEADER}</code> (the delivery id, the same on every retry: use it to
            ignore repeats) and{" "}
            <code>{SIGNATURE_HEADER}: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>.
          </p>
          <p>
            <code>v1</code> is the HMAC-SHA256, keyed with the webhook&apos;s secret, of the
            timestamp, a dot and the raw body (<code>&lt;t&gt;.&lt;body&gt;</code>). Recompute it,
            compare in constant time, and refuse timestamps more than{" "}
            {SIGNATURE_TOLERANCE_SECONDS / 60} minutes old. Answer with any 2xx status within a few
            seconds; anything else is retried.
          </p>
        </div>
        <pre className="mt-3 overflow-x-auto rounded bg-neutral-100 p-3 text-xs dark:bg-neutral-900">
          <code>{verifyExample}</code>
        </pre>
      </section>
    </div>
  );
}
