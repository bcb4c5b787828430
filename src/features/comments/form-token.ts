import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

// The comment form carries the time it was rendered, signed so that a script cannot claim its
// form was rendered long ago. Only the minimum fill time uses it.

function sign(timestamp: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET ?? "comment-form-token")
    .update(`comment-form:${timestamp}`)
    .digest("base64url")
    .slice(0, 22);
}

export function issueFormToken(now = Date.now()): string {
  const timestamp = String(now);
  return `${timestamp}.${sign(timestamp)}`;
}

/** The render time of a genuine token, or null. */
export function readFormToken(token: string): number | null {
  const [timestamp, signature] = token.split(".");
  if (!timestamp || !signature || !/^\d{10,15}$/.test(timestamp)) return null;
  const expected = Buffer.from(sign(timestamp));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(timestamp);
}
