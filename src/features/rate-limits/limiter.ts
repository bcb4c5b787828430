import "server-only";
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/env";
import { logger } from "@/lib/logger";
import { metrics, observeDbPool } from "@/lib/metrics";
import { type Decision, type PolicyName, policies } from "./rules";

// The one rate-limit mechanism of the site: rate-limiter-flexible's fixed-window counters. Each
// count is one atomic statement (an upsert in PostgreSQL, a Lua script in Redis), so concurrent
// requests on any number of instances can never count less than they did. With REDIS_URL the
// counters live in Redis, and PostgreSQL is the library's "insurance" limiter: while Redis is
// down or not yet connected, every call counts in PostgreSQL instead of failing.
//
// PostgreSQL is reached through a small pg pool of its own: the library needs a pg client, and
// Prisma's driver adapter keeps its pool to itself. Redis gets its own fail-fast connection
// rather than the page cache's (src/lib/cache/shared-cache.ts), which Next's cache handler owns
// and which may live in another module copy of this process.

const TABLE = "RateLimit";
const REDIS_PREFIX = "coinmela:rate";

type Limiter = RateLimiterPostgres | RateLimiterRedis;

interface Stores {
  limiters: Record<PolicyName, Limiter>;
  pool: pg.Pool;
  redis: Redis | null;
  /** Settles when Redis is first connected, or after its connect timeout. */
  firstConnect: Promise<void>;
}

/** How long the first counts of a process wait for Redis before counting in PostgreSQL. */
const FIRST_CONNECT_WAIT_MS = 2000;

// One set per process, also across hot reloads in development.
const holder = globalThis as unknown as { coinmelaRateLimits?: Stores };

function createStores(): Stores {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: rate limits count in PostgreSQL.");
  }
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  // An idle connection dropped by the server must not take the process down; the next query
  // simply opens a new one.
  pool.on("error", (error) =>
    logger().error({ err: error }, "[rate-limits] idle PostgreSQL connection"),
  );
  observeDbPool("rate_limits", pool);
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, {
        // Fail fast instead of queueing while disconnected: the insurance limiter takes over.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        commandTimeout: 500,
        connectTimeout: 2000,
        retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
      })
    : null;
  let lastRedisError = 0;
  redis?.on("error", (error: Error) => {
    if (Date.now() - lastRedisError < 60_000) return;
    lastRedisError = Date.now();
    logger().error(
      `[rate-limits] Redis unavailable (${error.message}); counting in PostgreSQL until it is back ` +
        "(logged at most once a minute)",
    );
  });

  const entries = Object.entries(policies).map(([name, policy], index) => {
    const inPostgres = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: TABLE,
      // The table comes from a migration (prisma/migrations), not from the library.
      tableCreated: true,
      // Every limiter shares the table: one of them is enough to delete expired rows.
      clearExpiredByTimeout: index === 0,
      keyPrefix: name,
      points: policy.limit,
      duration: policy.windowSeconds,
    });
    const limiter: Limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: inPostgres,
          keyPrefix: `${REDIS_PREFIX}:${name}`,
          points: policy.limit,
          duration: policy.windowSeconds,
        })
      : inPostgres;
    return [name, limiter] as const;
  });
  // The first counts wait for the connection: counted in PostgreSQL while it was still being made,
  // and in Redis a moment later, one account's attempts would split between two stores and each
  // store would see fewer than were made (a loaded CI run let a sixth wrong password through).
  const firstConnect = redis
    ? new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
        timer.unref();
        redis.once("ready", () => {
          clearTimeout(timer);
          resolve();
        });
      })
    : Promise.resolve();
  return {
    limiters: Object.fromEntries(entries) as Record<PolicyName, Limiter>,
    pool,
    redis,
    firstConnect,
  };
}

async function limiterFor(name: PolicyName): Promise<Limiter> {
  holder.coinmelaRateLimits ??= createStores();
  await holder.coinmelaRateLimits.firstConnect;
  return holder.coinmelaRateLimits.limiters[name];
}

// Keys are hashed: no store ever holds raw addresses or emails.
function keyOf(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 32);
}

/** Counts one event against a policy and answers whether it is within the limit. */
export async function consume(name: PolicyName, value: string): Promise<Decision> {
  try {
    await (await limiterFor(name)).consume(keyOf(value));
    return { allowed: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    metrics().rateLimitRefusals.inc({ policy: name });
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
    };
  }
}

/**
 * Counts one event against each counter in turn and stops at the first that refuses (later ones
 * are not charged). In turn, not side by side: counted in parallel, two concurrent events could
 * each come over the limit on a different counter and both be refused, so a burst would get
 * fewer than the limit (ten parallel sign-ins on one account let four through, not five).
 */
export async function consumeAll(
  counters: readonly (readonly [PolicyName, string])[],
): Promise<Decision> {
  for (const [name, value] of counters) {
    const decision = await consume(name, value);
    if (!decision.allowed) return decision;
  }
  return { allowed: true };
}

/** Gives back one counted event (a sign-in that succeeded is not held against its address). */
export async function refund(name: PolicyName, value: string): Promise<void> {
  await (await limiterFor(name)).reward(keyOf(value), 1);
}

/** Forgets a counter (a successful sign-in clears its account's and its name's attempts). */
export async function reset(name: PolicyName, value: string): Promise<void> {
  await (await limiterFor(name)).delete(keyOf(value));
}

/** Closes this process's connections to the stores; the next call opens new ones. */
export async function closeRateLimitStores(): Promise<void> {
  const stores = holder.coinmelaRateLimits;
  delete holder.coinmelaRateLimits;
  if (!stores) return;
  stores.redis?.disconnect();
  await stores.pool.end();
}
