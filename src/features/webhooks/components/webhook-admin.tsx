import { ButtonForm } from "@/components/ui/action-forms";
import { AdminSection, CardList, DataTable, Muted, When } from "@/components/ui/admin-list";
import {
  deleteWebhookAction,
  redeliverAction,
  revealSecretAction,
  sendTestEventAction,
  setWebhookActiveAction,
} from "../actions";
import type { DeliveryRow, WebhookRow } from "../queries";
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  MAX_ATTEMPTS,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
} from "../rules";
import { RevealSecret } from "./webhook-forms";

// The parts of the admin's webhooks page: the webhooks, the delivery log, the receivers' guide.

/** Every webhook with its state and its buttons (enable/disable, test, secret, delete). */
export function WebhookList({
  hooks,
  timeZone,
}: {
  hooks: readonly WebhookRow[];
  timeZone: string;
}) {
  return (
    <AdminSection id="webhook-list" title={`Webhooks (${hooks.length})`} className="">
      <CardList
        items={hooks}
        className="mt-3 flex flex-col gap-3"
        itemClassName="p-4"
        empty={<Muted>No webhooks yet.</Muted>}
        render={(hook) => (
          <>
            <h3 className="font-mono text-sm font-semibold break-all">{hook.url}</h3>
            <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
              {hook.description && <>{hook.description} · </>}
              <span className="font-semibold">{hook.active ? "Active" : "Disabled"}</span>
              {" · "}
              {hook.events.join(", ")}
              {" · "}
              {hook._count.deliveries} pending
              {" · "}added <When date={hook.createdAt} timeZone={timeZone} />
              {hook.createdBy && <> by {hook.createdBy.name}</>}
            </p>
            <div className="mt-3 flex flex-wrap items-start gap-2">
              {[
                {
                  key: "active",
                  action: setWebhookActiveAction,
                  active: String(!hook.active),
                  label: hook.active ? "Disable" : "Enable",
                  pendingLabel: "Saving…",
                },
                {
                  key: "test",
                  action: sendTestEventAction,
                  label: "Send test event",
                  pendingLabel: "Queueing…",
                },
              ].map(({ key, action, active, label, pendingLabel }) => (
                <ButtonForm
                  // A stable key: the Disable button becomes Enable and must keep its answer.
                  key={key}
                  action={action}
                  fields={{ webhookId: String(hook.id), ...(active ? { active } : {}) }}
                  label={label}
                  pendingLabel={pendingLabel}
                  announceSuccess
                />
              ))}
              <RevealSecret action={revealSecretAction} webhookId={hook.id} />
              <ButtonForm
                action={deleteWebhookAction}
                fields={{ webhookId: String(hook.id) }}
                label="Delete"
                announceSuccess
                pendingLabel="Deleting…"
                confirm={`Delete the webhook to ${hook.url} and its delivery log?`}
                danger
              />
            </div>
          </>
        )}
      />
    </AdminSection>
  );
}

const statusStyle = {
  PENDING: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  SUCCEEDED: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
} as const;

/** The latest deliveries, newest first, with what the receiver answered and a redeliver button. */
export function DeliveryLog({
  deliveries,
  timeZone,
}: {
  deliveries: readonly DeliveryRow[];
  timeZone: string;
}) {
  const when = (date: Date | null) => <When date={date} timeZone={timeZone} />;
  return (
    <AdminSection
      id="delivery-log"
      title={`Delivery log (latest ${deliveries.length})`}
      className=""
    >
      <div className="mt-3">
        <DataTable
          caption="Webhook deliveries, newest first"
          rows={deliveries}
          empty={<Muted>Nothing sent yet.</Muted>}
          cellClassName="p-2"
          columns={[
            {
              header: "Queued",
              className: "p-2 whitespace-nowrap",
              cell: (d) => when(d.createdAt),
            },
            { header: "Event", cell: (d) => <code>{d.event}</code> },
            {
              header: "Receiver",
              className: "max-w-56 p-2 font-mono text-xs break-all",
              cell: (d) => d.webhook.url,
            },
            {
              header: "Status",
              cell: (d) => (
                <span
                  className={`rounded px-2 py-0.5 text-xs font-semibold ${statusStyle[d.status]}`}
                >
                  {d.status.toLowerCase()}
                </span>
              ),
            },
            { header: "Attempts", cell: (d) => `${d.attempts} / ${MAX_ATTEMPTS}` },
            {
              header: "Last answer",
              cell: (d) => (
                <>
                  {d.lastStatusCode ?? (d.attempts > 0 ? "no answer" : "—")}
                  {d.responseMs !== null && <> in {d.responseMs} ms</>}
                  {d.lastErrorKind && (
                    <span className="block max-w-64 text-xs break-words text-red-800 dark:text-red-300">
                      {d.lastErrorKind}
                    </span>
                  )}
                </>
              ),
            },
            {
              header: "Delivered / next try",
              className: "p-2 whitespace-nowrap",
              cell: (d) =>
                d.deliveredAt
                  ? when(d.deliveredAt)
                  : d.status === "PENDING"
                    ? when(d.nextAttemptAt)
                    : "—",
            },
            {
              header: "Actions",
              hiddenHeader: true,
              cell: (d) =>
                d.status !== "PENDING" && (
                  <ButtonForm
                    action={redeliverAction}
                    fields={{ deliveryId: d.id }}
                    label="Redeliver"
                    announceSuccess
                    pendingLabel="Queueing…"
                  />
                ),
            },
          ]}
        />
      </div>
    </AdminSection>
  );
}

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

/** How a receiver checks that a delivery is ours, with a sample in JavaScript. */
export function ReceiverGuide() {
  return (
    <AdminSection id="verify" title="For receivers: verifying a delivery" boxed className="">
      <div className="mt-2 flex max-w-prose flex-col gap-2 text-sm">
        <p>
          Every request is a <code>POST</code> with a JSON body{" "}
          <code>{`{ event, id, occurredAt, article: { id, slug, title, url, publishedAt } }`}</code>{" "}
          and these headers: <code>{EVENT_HEADER}</code> (the event), <code>{DELIVERY_HEADER}</code>{" "}
          (the delivery id, the same on every retry: use it to ignore repeats) and{" "}
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
    </AdminSection>
  );
}
