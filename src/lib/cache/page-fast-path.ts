// The origin's answer to a cached page, without Next in the way. A profile of `next start`
// serving the cached article showed most of each request's CPU in the framework, not in our
// code: the proxy's request object, turning the cached HTML string back into bytes (twice, for
// the length too), compressing it again for every reader. So the production server
// (scripts/next-server.ts) keeps the bytes of public pages Next has cached — raw and gzipped once —
// and answers repeat requests from them.
//
// It is exactly as fresh as Next's cache, by the same rule: an entry is valid while none of its
// cache tags (the response's `xkey`) expired after the moment its copy was requested, and for at
// most the response's own shared lifetime. Tag times come from the shared cache state
// (shared-cache.ts; from Redis with several instances), so an edit anywhere counts on the next
// request here. Only plain GETs of page paths without a query are candidates; the admin, the
// account and auth pages, the API, Next's own files, RSC and prefetch requests, and any response
// that is not a cacheable 200 with tags (a 404, a page that sets a cookie, a private page) go to
// Next every time.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { metrics } from "../metrics";
import { existingSharedCache, type SharedCache } from "./shared-cache";

/** Header that marks our own copy requests, so that they reach Next. */
const FILL_HEADER = "x-coinmela-fill";
const PASS_PATHS =
  /^\/(?:api|admin|account|_next|_unknown|media|signin|register|forgot-password|reset-password|search|market|metrics)(?:[/?]|$)/;
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];
/** Response headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "x-nextjs-cache",
  "x-request-id",
]);
/** Never longer than this, whatever the page says: time-based parts (the ticker) stay close. */
const MAX_TTL_SECONDS = 60;
/** A page is copied at most once per this long (a failed or uncacheable copy is not retried at
 * once). */
const FILL_COOLDOWN_MS = 2000;
const MAX_CONCURRENT_FILLS = 4;

interface Entry {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer;
  tags: string[];
  /** When the copy was requested: a tag expired at or after this makes it invalid. */
  validFrom: number;
  expiresAt: number;
}

export interface PageFastPathOptions {
  /** Where this server listens (copies are requested from it). */
  port: number;
  host?: string;
  maxBytes?: number;
  /** Test seam: the shared cache state (default: the process's, once instrumentation made it). */
  sharedCache?: () => SharedCache | undefined;
  now?: () => number;
}

export interface PageFastPath {
  /** Answers `request` from a valid copy and resolves true, or resolves false (Next answers). */
  handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean>;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

function sharedLifetimeSeconds(cacheControl: string | undefined): number {
  if (!cacheControl || /(?:^|[,\s])(?:private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const shared =
    /s-maxage=(\d+)/i.exec(cacheControl) ?? /(?:^|[,\s])max-age=(\d+)/i.exec(cacheControl);
  return shared ? Number(shared[1]) : 0;
}

export function createPageFastPath(options: PageFastPathOptions): PageFastPath {
  const now = options.now ?? Date.now;
  const shared = options.sharedCache ?? existingSharedCache;
  const host = options.host ?? "127.0.0.1";
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const token = randomBytes(16).toString("hex");
  // Insertion order is recency order: a hit moves its entry to the end; the oldest go first.
  const entries = new Map<string, Entry>();
  const fills = new Map<string, number>();
  let copying = 0;
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const lookups = metrics().cacheLookups;
  const countHit = lookups.labels("fast_path", "page", "hit");
  const countMiss = lookups.labels("fast_path", "page", "miss");
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_CONCURRENT_FILLS });

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length + entry.gzip.length;
  };

  const store = (key: string, entry: Entry) => {
    drop(key);
    const size = entry.body.length + entry.gzip.length;
    if (size > maxBytes / 8) return; // one huge page must not empty the cache
    entries.set(key, entry);
    bytes += size;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };

  function candidate(request: http.IncomingMessage): string | null {
    const url = request.url;
    if (request.method !== "GET" || !url || url.includes("?") || PASS_PATHS.test(url)) return null;
    if (request.headers[FILL_HEADER] === token) return null;
    if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
    return url;
  }

  function fill(key: string): void {
    const started = fills.get(key);
    if (started !== undefined && now() - started < FILL_COOLDOWN_MS) return;
    if (copying >= MAX_CONCURRENT_FILLS) return;
    copying++;
    let finished = false;
    const finish = () => {
      if (!finished) copying--;
      finished = true;
    };
    const validFrom = now();
    fills.set(key, validFrom);
    if (fills.size > 10_000) fills.clear();
    const copy = http.get(
      {
        host,
        port: options.port,
        path: key,
        agent,
        headers: { [FILL_HEADER]: token, "accept-encoding": "identity" },
        timeout: 30_000,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("error", finish);
        answer.on("close", finish);
        answer.on("end", () => {
          finish();
          const state = answer.headers["x-nextjs-cache"];
          const ttl = Math.min(
            sharedLifetimeSeconds(answer.headers["cache-control"]),
            MAX_TTL_SECONDS,
          );
          const tags = String(answer.headers.xkey ?? "")
            .split(" ")
            .filter(Boolean);
          // Only what Next serves as fresh: a STALE copy is being rebuilt as we speak.
          if (
            answer.statusCode !== 200 ||
            (state !== "HIT" && state !== "MISS") ||
            answer.headers["set-cookie"] ||
            answer.headers["content-encoding"] ||
            ttl <= 0 ||
            tags.length === 0
          ) {
            return;
          }
          const headers: [string, string][] = [];
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
            for (const one of Array.isArray(value) ? value : [value]) headers.push([name, one]);
          }
          const body = Buffer.concat(chunks);
          store(key, {
            status: 200,
            headers,
            body,
            gzip: gzipSync(body),
            tags,
            validFrom,
            expiresAt: validFrom + ttl * 1000,
          });
        });
      },
    );
    copy.on("timeout", () => copy.destroy());
    copy.on("error", finish);
  }

  function send(request: http.IncomingMessage, response: http.ServerResponse, entry: Entry) {
    const gzip = /\bgzip\b/i.test(String(request.headers["accept-encoding"] ?? ""));
    const body = gzip ? entry.gzip : entry.body;
    // A header the server already set for every response (the security headers) is replaced by
    // the page's own value (its Content-Security-Policy), not sent twice.
    let previous = "";
    for (const [name, value] of entry.headers) {
      if (name === previous) response.appendHeader(name, value);
      else response.setHeader(name, value);
      previous = name;
    }
    response.setHeader("x-nextjs-cache", "HIT");
    if (gzip) response.setHeader("content-encoding", "gzip");
    response.setHeader("content-length", body.length);
    response.writeHead(entry.status);
    response.end(body);
  }

  return {
    async handle(request, response) {
      const key = candidate(request);
      if (!key) return false;
      const cache = shared();
      if (!cache) return false;
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now()) {
        const times = await cache.tagTimes(entry.tags);
        let valid = entry.validFrom >= cache.validSince();
        for (const time of times.values()) if (time >= entry.validFrom) valid = false;
        if (valid && entries.get(key) === entry) {
          entries.delete(key);
          entries.set(key, entry);
          hits++;
          countHit.inc();
          send(request, response, entry);
          return true;
        }
      }
      if (entry) drop(key);
      misses++;
      countMiss.inc();
      fill(key);
      return false;
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
