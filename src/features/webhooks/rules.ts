import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { ArticleCacheSnapshot } from "@/features/articles/refresh-rules";
import type { WebhookEvent } from "./events";

// The rules of webhooks, free of I/O: which event a change is, how a request is signed and
// checked, and when a failed delivery is tried again.

export { eventDescriptions, WEBHOOK_EVENTS, type WebhookEvent } from "./events";

/** Header names of every delivery. */
export const SIGNATURE_HEADER = "X-CoinMela-Signature";
export const EVENT_HEADER = "X-CoinMela-Event";
export const DELIVERY_HEADER = "X-CoinMela-Delivery";

/** Attempts before a delivery is given up as failed. */
export const MAX_ATTEMPTS = 5;
/** Wait after the first failed attempt; it doubles after each further one. */
export const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;
/** How far a claimed delivery's next attempt is pushed while it is being sent: if the process
 * dies mid-send, another run picks it up after this (plus the request timeout). */
export const CLAIM_LEASE_MS = 60_000;
/** Receivers should refuse signatures older than this (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Which event, if any, a change of an article is for a subscriber. Only what readers could see
 * counts: a draft edited is no event; becoming public is "published", changing while public is
 * "updated", leaving the public site (unpublish, archive, delete) is "unpublished".
 */
export function eventForArticleChange(
  before: Pick<ArticleCacheSnapshot, "isPublic"> | null,
  after: Pick<ArticleCacheSnapshot, "isPublic"> | null,
): WebhookEvent | null {
  const wasPublic = before?.isPublic === true;
  const isPublic = after?.isPublic === true;
  if (!wasPublic && isPublic) return "article.published";
  if (wasPublic && isPublic) return "article.updated";
  if (wasPublic && !isPublic) return "article.unpublished";
  return null;
}

/** A new signing secret: shown to the admin, who gives it to the receiver. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/**
 * What a receiver does (and what our README shows): recompute the HMAC over the timestamp and
 * the raw body, compare in constant time, and refuse old timestamps so that a captured request
 * cannot be replayed later.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  if (!header) return false;
  const parts = new Map<string, string[]>();
  for (const piece of header.split(",")) {
    const at = piece.indexOf("=");
    if (at <= 0) continue;
    const key = piece.slice(0, at).trim();
    parts.set(key, [...(parts.get(key) ?? []), piece.slice(at + 1).trim()]);
  }
  const timestamp = Number(parts.get("t")?.[0]);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, body), "hex");
  return (parts.get("v1") ?? []).some((candidate) => {
    if (!/^[0-9a-f]{64}$/i.test(candidate)) return false;
    return timingSafeEqual(Buffer.from(candidate, "hex"), expected);
  });
}

/** Wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, 4 min, ... */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
}

export type AttemptOutcome =
  { ok: true; statusCode: number } | { ok: false; statusCode: number | null; errorKind: string };

/** Where a delivery stands after one more attempt. */
export function afterAttempt(
  attemptsBefore: number,
  outcome: AttemptOutcome,
  now: Date,
): {
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  nextAttemptAt: Date | null;
} {
  const attempts = attemptsBefore + 1;
  if (outcome.ok) return { status: "SUCCEEDED", attempts, nextAttemptAt: null };
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED", attempts, nextAttemptAt: null };
  return {
    status: "PENDING",
    attempts,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
  };
}

/** 2xx is success; anything else (and no answer at all) is a failure to retry. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * Does this URL point at this site itself? Such a webhook would send our signed requests to our
 * own endpoints (the revalidation route, sign-in, the admin), so it is refused.
 */
export function pointsAtThisSite(url: URL, siteOrigins: readonly string[]): boolean {
  return siteOrigins.some((origin) => {
    try {
      return new URL(origin).origin === url.origin;
    } catch {
      return false;
    }
  });
}

/** The body a receiver gets. */
export interface WebhookPayload {
  event: WebhookEvent | "webhook.test";
  /** The delivery id (also in the X-CoinMela-Delivery header): the same on every retry. */
  id: string;
  occurredAt: string;
  article: {
    id: number;
    slug: string;
    title: string;
    url: string;
    publishedAt: string | null;
  } | null;
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

/** A delivery to queue: a new id (also its payload's), due at once. */
export interface NewDelivery {
  id: string;
  webhookId: number;
  event: WebhookPayload["event"];
  payload: WebhookPayload;
  nextAttemptAt: Date;
}

export function newDelivery(
  webhookId: number,
  event: WebhookPayload["event"],
  occurredAt: Date,
  article: WebhookPayload["article"],
): NewDelivery {
  const id = randomUUID();
  return {
    id,
    webhookId,
    event,
    payload: buildPayload(event, id, occurredAt, article),
    nextAttemptAt: occurredAt,
  };
}
