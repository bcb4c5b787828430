// Next's cache handler for this site (next.config.ts `cacheHandler`). Next loads this file by
// its path, outside our bundles, so it is plain JavaScript; the logic it needs lives in
// shared-cache.ts, reached through the process-wide object that instrumentation creates.
//
// It is Next's own file-system cache (memory first, then the build's prerendered files) with
// three additions:
//  1. Tag times from the shared state: before an entry is returned, the expiry times of its tags
//     (from Redis when REDIS_URL is set) are copied into Next's tag manifest, so an expiry made by
//     another instance, or by the scheduler outside any request, counts on the next read.
//  2. With REDIS_URL, entries are also written to Redis and read from it when this instance has
//     no valid copy, and nothing is written to the shared .next directory.
//  3. Every cached page and route response carries its cache tags for the edge (`xkey`,
//     `Surrogate-Key`, `Cache-Tag`), which the edge strips before readers see them.
//  4. An entry is dated from when its render could have started, not from when it was stored
//     (see renderStarts below), so a render that read the database before an expiry and finished
//     after it does not pass for fresh.
// Without the shared state (during `next build`) it is exactly Next's file-system cache.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache =
  require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const {
  tagsManifest,
} = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const NEXT_TAGS_HEADER = "x-next-cache-tags";
const shared = () => globalThis[Symbol.for("coinmela.sharedCache")];
// The process's metrics (src/lib/metrics.ts), when the server created them: hits and misses.
const metrics = () => globalThis[Symbol.for("coinmela.metrics")];
const KINDS = { APP_PAGE: "page", PAGES: "page", APP_ROUTE: "route", FETCH: "fetch" };

function countLookup(ctx, entry) {
  metrics()?.cacheLookups.inc({
    layer: "next",
    kind: KINDS[ctx?.kind] ?? "other",
    result: entry ? "hit" : "miss",
  });
}

function entryTags(entry, ctx) {
  const tags = new Set(ctx?.softTags ?? []);
  const value = entry?.value;
  if (value?.kind === "FETCH") {
    for (const tag of ctx?.tags ?? []) tags.add(tag);
    for (const tag of value.tags ?? []) tags.add(tag);
  } else {
    const header = value?.headers?.[NEXT_TAGS_HEADER];
    if (typeof header === "string") for (const tag of header.split(",")) tags.add(tag);
  }
  return [...tags].filter(Boolean);
}

/** Copies the shared tag times into Next's manifest; true when one expired after the entry. */
async function expiredByTags(cache, entry, ctx) {
  if ((entry.lastModified ?? 0) < cache.validSince()) return true;
  const tags = entryTags(entry, ctx);
  if (tags.length === 0) return false;
  const times = await cache.tagTimes(tags);
  const now = Date.now();
  let expired = false;
  for (const [tag, time] of times) {
    const known = tagsManifest.get(tag);
    if (!known || (known.expired ?? 0) < time) {
      tagsManifest.set(tag, { ...known, stale: time, expired: time });
    }
    if (time > (entry.lastModified ?? 0) && time <= now) expired = true;
  }
  return expired;
}

function addEdgeHeaders(cache, value) {
  if (!value || (value.kind !== "APP_PAGE" && value.kind !== "APP_ROUTE")) return;
  const headers = value.headers;
  if (!headers || headers.xkey) return;
  const edge = cache.edgeTagHeaders(headers[NEXT_TAGS_HEADER]);
  if (edge) Object.assign(headers, edge);
}

/**
 * For each key, the earliest time its render can have started: the lookup that found no valid
 * entry (a render follows it; later misses keep the first time, since they may join that render),
 * or the last lookup that found a valid one (Next may revalidate it in the background from there).
 * Next dates an entry when it is stored; a page rendered from data read before an expiry but
 * stored after it would then look newer than the expiry and be served, old data and all, until its
 * next expiry (an unpublished article stayed on the home page under load). Dated from here, such an
 * entry counts as expired on the next read and is rendered again. Forgotten when the key is stored.
 */
const renderStarts = new Map();
const RENDER_STARTS_MAX = 10_000;

export function noteLookup(key, found, now = Date.now()) {
  if (renderStarts.size >= RENDER_STARTS_MAX && !renderStarts.has(key)) renderStarts.clear();
  if (found || !renderStarts.has(key)) renderStarts.set(key, now);
}

export function renderStartFor(key, storedAt) {
  const started = renderStarts.get(key);
  renderStarts.delete(key);
  return started !== undefined && started < storedAt ? started : storedAt;
}

export default class SiteCacheHandler extends FileSystemCache {
  constructor(ctx) {
    // Several instances may run from one build directory: with Redis sharing the entries, none
    // of them writes runtime entries into it.
    super(shared()?.usesRedis ? { ...ctx, flushToDisk: false } : ctx);
  }

  async get(key, ctx) {
    const cache = shared();
    const local = await super.get(key, ctx);
    if (!cache) {
      countLookup(ctx, local);
      noteLookup(key, Boolean(local));
      return local;
    }
    let entry = local && !(await expiredByTags(cache, local, ctx)) ? local : null;
    if (!entry && cache.usesRedis) {
      const remote = await cache.readEntry(key);
      if (
        remote &&
        (!local || remote.lastModified > local.lastModified) &&
        !(await expiredByTags(cache, remote, ctx))
      ) {
        entry = remote;
        FileSystemCache.memoryCache?.set(key, remote);
      }
    }
    if (entry) addEdgeHeaders(cache, entry.value);
    countLookup(ctx, entry);
    noteLookup(key, Boolean(entry));
    return entry;
  }

  async set(key, data, ctx) {
    const cache = shared();
    if (cache) addEdgeHeaders(cache, data);
    await super.set(key, data, ctx);
    const stored = FileSystemCache.memoryCache?.get(key);
    if (stored) stored.lastModified = renderStartFor(key, stored.lastModified);
    if (cache?.usesRedis && data) {
      cache.writeEntry(key, {
        value: data,
        lastModified: stored?.lastModified ?? Date.now(),
        cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      });
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    await shared()?.expireTags(list, "next");
  }
}
