import "server-only";
import { env } from "@/env";
import { countWebhookDelivery } from "@/lib/metrics";
import {
  type ClaimedDelivery,
  claimDueDeliveries,
  deleteFinishedDeliveries,
  recordAttempt,
} from "./mutations";
import {
  afterAttempt,
  CLAIM_LEASE_MS,
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from "./rules";
import { postWebhook, type SendResult } from "./send";

// The delivery worker, a job of the scheduler's loop (registered in subscriptions.ts). It claims
// due deliveries with FOR UPDATE SKIP LOCKED and pushes their next attempt ahead by a lease, so
// two instances (or two runs) never send the same attempt; if the process dies mid-send the lease
// runs out and the attempt is made again (receivers dedupe on the delivery id).

function claimDue(now: Date, limit: number): Promise<ClaimedDelivery[]> {
  // Leased for as long as an attempt may take; if the process dies mid-send, it runs out.
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS + env.WEBHOOK_TIMEOUT_MS);
  return claimDueDeliveries(now, leaseUntil, limit);
}

/** One POST of a delivery: signed body, our headers, a timeout, redirects not followed, and
 * private addresses refused unless WEBHOOK_ALLOW_PRIVATE (see send.ts). */
function send(delivery: ClaimedDelivery): Promise<SendResult> {
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  return postWebhook(
    delivery.url,
    body,
    {
      "Content-Type": "application/json",
      "User-Agent": "CoinMela-Webhooks/1",
      [SIGNATURE_HEADER]: signatureHeader(delivery.secret, body, timestamp),
      [EVENT_HEADER]: delivery.event,
      [DELIVERY_HEADER]: delivery.id,
    },
    { timeoutMs: env.WEBHOOK_TIMEOUT_MS, allowPrivate: env.WEBHOOK_ALLOW_PRIVATE },
  );
}

export interface DeliveryReport {
  id: string;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
}

/**
 * Sends every delivery due at `now` (at most `limit` per call), records each attempt, and
 * schedules retries with exponential backoff until MAX_ATTEMPTS, then marks it failed.
 */
export async function deliverDueWebhooks(
  now = new Date(),
  { limit = 20 }: { limit?: number } = {},
): Promise<DeliveryReport[]> {
  const claimed = await claimDue(now, limit);
  return sendClaimed(claimed, now);
}

const BACKLOG_BATCH = 20;
const BACKLOG_BATCHES = 10;

/**
 * What the scheduler's loop runs: batch after batch while batches come back full, within reason,
 * so that a backlog drains over a few runs without one run holding on for long.
 */
export async function deliverBacklog(): Promise<void> {
  for (let batch = 0; batch < BACKLOG_BATCHES; batch++) {
    const sent = await deliverDueWebhooks(new Date(), { limit: BACKLOG_BATCH });
    if (sent.length < BACKLOG_BATCH) return;
  }
}

/** Delivery rows kept for the log: finished ones older than this are removed. */
export const DELIVERY_LOG_DAYS = 30;

/** Removes finished deliveries older than DELIVERY_LOG_DAYS; pending ones stay. */
export async function pruneDeliveryLog(now = new Date()): Promise<number> {
  return deleteFinishedDeliveries(new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000));
}

function sendClaimed(claimed: ClaimedDelivery[], now: Date): Promise<DeliveryReport[]> {
  return Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await send(delivery);
      const next = afterAttempt(delivery.attempts, outcome, now);
      countWebhookDelivery(next.status);
      // Only if nobody touched it meanwhile (an admin's redeliver resets attempts).
      await recordAttempt(delivery, {
        status: next.status,
        attempts: next.attempts,
        nextAttemptAt: next.nextAttemptAt,
        lastStatusCode: outcome.statusCode,
        lastErrorKind: outcome.ok ? null : outcome.errorKind,
        responseMs: outcome.responseMs,
        deliveredAt: outcome.ok ? new Date() : undefined,
      });
      return { id: delivery.id, status: next.status, attempts: next.attempts };
    }),
  );
}
