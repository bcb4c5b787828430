// The state behind Next's cache that every part of one server process shares: when each cache
// tag last expired, the Redis connection that shares cache entries and tag times between
// instances (REDIS_URL), and the edge caches to purge (EDGE_PURGE_URLS).
//
// Next loads its cache handler (next-cache-handler.mjs) outside our bundles, and instrumentation
// and the route bundles may each get their own copy of this module, so the one instance lives on
// globalThis under a registered symbol; whoever asks first creates it.
//
// Correctness rests on tag times, not on deleting entries: an entry is valid while none of its
// tags expired after it was stored. Expiring a tag writes its time here and, with Redis, into one
// Redis hash before the editor's request returns; every cache read compares the entry's tags with
// that hash (one round trip), so an edit on one instance is seen by all of them on their next
// request, while each instance still serves from its own memory.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { Redis } from "ioredis";
import { cacheTagPattern } from "../cache-tags";
import { logger } from "../logger";
import { type EdgePurgeConfig, purgeEdge } from "./edge-purge";

export type SharedCacheStatus = "local" | "ok" | "down";

/** What the cache handler keeps in Redis for one entry (Next's own shape, stored with v8). */
export interface StoredEntry {
  value: unknown;
  lastModified: number;
  cacheControl?: unknown;
}

export interface SharedCache {
  /** "local": no Redis; "ok"/"down": Redis configured and reachable or not. */
  status(): SharedCacheStatus;
  usesRedis: boolean;
  /** Expire `tags` now: here, in Redis, and at every edge. Never rejects. `source` "next" is
   * Next calling its cache handler; tags this process expired directly a moment ago are not
   * expired a second time then. */
  expireTags(tags: readonly string[], source?: "direct" | "next"): Promise<void>;
  /** When each of `tags` last expired (ms), as far as this instance knows after asking Redis. */
  tagTimes(tags: readonly string[]): Promise<Map<string, number>>;
  /** Entries stored before this moment (ms) are not valid, whatever their tags: Redis came back
   * after being unreachable (or restarted empty), so expiries made elsewhere meanwhile may be
   * unknown here. 0 until that happens. */
  validSince(): number;
  readEntry(key: string): Promise<StoredEntry | null>;
  writeEntry(key: string, entry: StoredEntry): void;
  /** The edge's tag headers for a response Next tagged with `nextTags` (comma-separated). */
  edgeTagHeaders(nextTags: string | undefined): Record<string, string> | null;
  close(): Promise<void>;
}

export interface SharedCacheOptions {
  redisUrl?: string | undefined;
  edge?: EdgePurgeConfig | undefined;
  /** Namespaces cache entries: entries of another build must never be served by this one. */
  buildId?: string;
  keyPrefix?: string;
  log?: (message: string) => void;
  now?: () => number;
}

/** Tags expired directly within this window are not expired again when Next reports them. */
const DIRECT_EXPIRY_WINDOW_MS = 10_000;
/** Redis may hold up a page read this long at most; then the instance answers from memory. */
const REDIS_COMMAND_TIMEOUT_MS = 300;
/** Entries live in Redis at most this long (tag times decide validity long before). */
const ENTRY_TTL_SECONDS = 24 * 60 * 60;
const ERROR_LOG_INTERVAL_MS = 60_000;

/** Records each tag's time unless Redis already has a later one (instances race). */
const SET_LATER_TIMES = `
local changed = 0
for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > current then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    changed = changed + 1
  end
end
return changed`;

type RedisWithScript = Redis & {
  setLaterTimes(key: string, ...args: (string | number)[]): Promise<number>;
};

function readBuildId(): string {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

/** The edge's tag headers for a response showing data of `tags` (ours only; Next's implicit
 * `_N_T_` tags are dropped); null when none is left. Route handlers that send a shared cache
 * lifetime add these themselves; the cache handler adds them to Next's cached responses. */
export function edgeHeadersForTags(tags: readonly string[]): Record<string, string> | null {
  const ours = [...new Set(tags.filter((tag) => cacheTagPattern.test(tag)))];
  if (ours.length === 0) return null;
  return { xkey: ours.join(" "), "surrogate-key": ours.join(" "), "cache-tag": ours.join(",") };
}

export function edgeTagHeaders(nextTags: string | undefined): Record<string, string> | null {
  return nextTags ? edgeHeadersForTags(nextTags.split(",")) : null;
}

export function createSharedCache(options: SharedCacheOptions = {}): SharedCache {
  const log = options.log ?? ((message: string) => logger().error(message));
  const now = options.now ?? Date.now;
  const prefix = options.keyPrefix ?? "coinmela";
  const tagsKey = `${prefix}:cache-tags`;
  const entryPrefix = `${prefix}:${options.buildId ?? readBuildId()}:entry:`;
  const localTimes = new Map<string, number>();
  const directlyExpiredAt = new Map<string, number>();
  /** Expiries Redis has not confirmed (it was down): written once it is back. */
  const unsent = new Map<string, number>();
  let connectedBefore = false;
  let resetAt = 0;

  let lastErrorLog = 0;
  const logRedisError = (what: string, error: unknown) => {
    if (now() - lastErrorLog < ERROR_LOG_INTERVAL_MS) return;
    lastErrorLog = now();
    log(
      `[cache] Redis ${what} failed (${error instanceof Error ? error.message : String(error)}); ` +
        "serving from this instance's memory until it is back (logged at most once a minute)",
    );
  };

  let redis: RedisWithScript | null = null;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, {
      // Fail fast instead of queueing while disconnected: a page read must not wait on Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
      lazyConnect: false,
    }) as RedisWithScript;
    redis.defineCommand("setLaterTimes", { numberOfKeys: 1, lua: SET_LATER_TIMES });
    redis.on("error", (error) => logRedisError("connection", error));
    redis.on("ready", () => {
      // A reconnect means a gap: other instances' expiries in it (or all of them, if Redis
      // restarted empty) may never reach us, so nothing cached before now is trusted.
      if (connectedBefore) resetAt = now();
      connectedBefore = true;
      if (unsent.size === 0) return;
      const pending = [...unsent];
      unsent.clear();
      void writeTimes(pending);
    });
  }

  const ready = () => redis !== null && redis.status === "ready";

  async function writeTimes(entries: [string, number][]): Promise<void> {
    if (!redis || entries.length === 0) return;
    try {
      if (!ready()) throw new Error(`not connected (${redis.status})`);
      await redis.setLaterTimes(tagsKey, ...entries.flat());
    } catch (error) {
      for (const [tag, time] of entries) unsent.set(tag, Math.max(time, unsent.get(tag) ?? 0));
      logRedisError("tag expiry", error);
    }
  }

  const edge = options.edge;

  return {
    usesRedis: redis !== null,
    status: () => (redis === null ? "local" : ready() ? "ok" : "down"),
    validSince: () => resetAt,

    async expireTags(tags, source = "direct") {
      const at = now();
      let fresh = [...new Set(tags)];
      if (source === "next") {
        fresh = fresh.filter(
          (tag) => !(at - (directlyExpiredAt.get(tag) ?? 0) < DIRECT_EXPIRY_WINDOW_MS),
        );
      } else {
        for (const tag of fresh) directlyExpiredAt.set(tag, at);
        if (directlyExpiredAt.size > 5000) {
          for (const [tag, time] of directlyExpiredAt)
            if (at - time > DIRECT_EXPIRY_WINDOW_MS) directlyExpiredAt.delete(tag);
        }
      }
      if (fresh.length === 0) return;
      for (const tag of fresh) localTimes.set(tag, Math.max(at, localTimes.get(tag) ?? 0));
      // Redis first, then the edge: once the edge lets go of a page, any instance it asks must
      // already know that the page's tags expired.
      await writeTimes(fresh.map((tag) => [tag, at]));
      if (edge) {
        const siteTags = fresh.filter((tag) => cacheTagPattern.test(tag));
        await purgeEdge({ log, ...edge }, siteTags);
      }
    },

    async tagTimes(tags) {
      const times = new Map<string, number>();
      if (redis && tags.length > 0 && ready()) {
        try {
          const remote = await redis.hmget(tagsKey, ...tags);
          remote.forEach((value, index) => {
            if (value === null) return;
            const tag = tags[index]!;
            const time = Number(value);
            if (time > (localTimes.get(tag) ?? 0)) localTimes.set(tag, time);
          });
        } catch (error) {
          logRedisError("tag read", error);
        }
      }
      for (const tag of tags) {
        const time = localTimes.get(tag);
        if (time !== undefined) times.set(tag, time);
      }
      return times;
    },

    async readEntry(key) {
      if (!redis || !ready()) return null;
      try {
        const stored = await redis.getBuffer(entryPrefix + key);
        if (!stored) return null;
        return deserialize(stored) as StoredEntry;
      } catch (error) {
        logRedisError("read", error);
        return null;
      }
    },

    writeEntry(key, entry) {
      if (!redis || !ready()) return;
      redis
        .set(entryPrefix + key, serialize(entry), "EX", ENTRY_TTL_SECONDS)
        .catch((error: unknown) => logRedisError("write", error));
    },

    edgeTagHeaders,

    async close() {
      if (redis) redis.disconnect();
    },
  };
}

const SHARED = Symbol.for("coinmela.sharedCache");
type WithShared = typeof globalThis & { [SHARED]?: SharedCache };

/** The process's shared cache, created from `options` (the validated env) on first use. */
export function sharedCache(options: () => SharedCacheOptions): SharedCache {
  const holder = globalThis as WithShared;
  holder[SHARED] ??= createSharedCache(options());
  return holder[SHARED];
}

/** The process's shared cache if something created it already (the cache handler's view). */
export function existingSharedCache(): SharedCache | undefined {
  return (globalThis as WithShared)[SHARED];
}
