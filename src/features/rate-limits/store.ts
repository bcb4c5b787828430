import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { countRateLimitDecision } from "@/lib/metrics";
import { type Decision, type PolicyName, type WindowState, decide, policies } from "./rules";

// Keys are hashed: the table never holds raw addresses or emails.
function keyOf(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 32);
}

/**
 * Counts one event under a policy and answers whether it is within the limit. One atomic
 * statement per call (insert, or restart an expired window, or increment), so concurrent requests
 * on different instances cannot both slip under the limit.
 */
export async function consume(
  name: PolicyName,
  value: string,
  now = new Date(),
): Promise<Decision> {
  const policy = policies[name];
  const cutoff = new Date(now.getTime() - policy.windowSeconds * 1000);
  const rows = await db.$queryRaw<WindowState[]>`
    INSERT INTO "RateLimit" ("bucket", "key", "count", "windowStart", "updatedAt")
    VALUES (${name}, ${keyOf(value)}, 1, ${now}, ${now})
    ON CONFLICT ("bucket", "key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "updatedAt" = ${now}
    RETURNING "count", "windowStart"`;
  // Now and then, drop long-idle counters so the table stays small without a scheduler.
  if (Math.random() < 0.01) {
    void sweep(now).catch((error: unknown) =>
      logger().error({ err: error }, "[rate-limits] sweep failed"),
    );
  }
  const state = rows[0];
  return countRateLimitDecision(
    name,
    decide(
      state ? { count: Number(state.count), windowStart: state.windowStart } : null,
      policy,
      now,
      true,
    ),
  );
}

/** Whether the limit is already reached, without counting (sign-in checks before verifying). */
export async function check(name: PolicyName, value: string, now = new Date()): Promise<Decision> {
  const row = await db.rateLimit.findUnique({
    where: { bucket_key: { bucket: name, key: keyOf(value) } },
    select: { count: true, windowStart: true },
  });
  return countRateLimitDecision(name, decide(row, policies[name], now, false));
}

/** Forgets a counter (a successful sign-in clears its account's failures). */
export async function clear(name: PolicyName, value: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { bucket: name, key: keyOf(value) } });
}

/** Drops counters idle for a day: every window is shorter than that. */
export async function sweep(now = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
