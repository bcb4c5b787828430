// The production server (`npm start`, the stack's instances, the test and bench servers): Next's
// own request handling — the same router, proxy, compression and cache as `next start` — behind
// the page fast path (src/lib/cache/page-fast-path.ts), which answers repeat requests for cached
// public pages from their bytes. Usage: node --import tsx scripts/next-server.ts --port N
// [--hostname H] [--keepAliveTimeout MS]. SIGTERM/SIGINT stop it after the requests in flight.
//
// It is also where every request is observed: an id (the caller's X-Request-Id when it is a
// short token, else a new one) sent back as X-Request-Id and carried by every log line written
// while the request is handled, one JSON access line when the response ends, and the request
// counter and duration histogram of /metrics, labelled by route pattern.
//
// Every response gets the security headers here (src/lib/secure-response.ts), an HTML page with
// a Content-Security-Policy hashed from its own inline scripts. That needs the page's bytes before
// the headers leave, so this server compresses (the `compression` package, which Next itself uses
// for `compress: true`) after the policy is computed, and Next's own compression is off.
import http from "node:http";
import { format } from "node:util";
import compression from "compression";
import next from "next";
import { z } from "zod";
import { env } from "../src/env";
import { createPageFastPath } from "../src/lib/cache/page-fast-path";
import {
  databaseBudgetForPath,
  runWithDatabaseContext,
  type DatabaseContext,
} from "../src/lib/database-context";
import { logger, requestIdFrom, runWithRequestContext } from "../src/lib/logger";
import { metrics } from "../src/lib/metrics";
import { holdHtmlForPolicy, setSecurityHeaders } from "../src/lib/secure-response";
import { staticSecurityHeaders } from "../src/lib/security-headers";
import { hasUndecodablePath, UNDECODABLE_PATH_TARGET } from "../src/lib/request-path";
import { routeLabellerForBuild } from "../src/lib/route-label";

const argsSchema = z.object({
  port: z.coerce.number().int().min(1).max(65535),
  hostname: z.string().min(1).optional(),
  keepAliveTimeout: z.coerce.number().int().min(0).optional(),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, "");
    if (!name || argv[i + 1] === undefined) throw new Error(`Bad arguments: ${argv.join(" ")}`);
    raw[name] = argv[i + 1]!;
  }
  return argsSchema.parse(raw);
}

const log = logger();
// Next prints its own errors and warnings with console; as JSON lines they stay one line each and
// pass the logger's scrubbing like ours.
for (const [method, level] of [
  ["log", "info"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
  ["debug", "debug"],
] as const) {
  console[method] = (...values: unknown[]) => {
    const error = values.find((value) => value instanceof Error);
    const text = format(...values.filter((value) => value !== error));
    if (error) log[level]({ err: error }, text || (error as Error).message);
    else log[level](text);
  };
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const routeOf = routeLabellerForBuild();
const { httpRequests, httpDuration } = metrics();
// The labelled series of each method × route × status seen, so that a request does not hash its
// labels twice (bounded: the labels are).
const series = new Map<string, { count: () => void; time: (seconds: number) => void }>();
function seriesOf(method: string, route: string, status: string) {
  const key = `${method} ${status} ${route}`;
  let found = series.get(key);
  if (!found) {
    const counter = httpRequests.labels(method, route, status);
    const histogram = httpDuration.labels(method, route, status);
    found = { count: () => counter.inc(), time: (seconds) => histogram.observe(seconds) };
    series.set(key, found);
  }
  return found;
}

/** One access line and the request metrics, once the response is over (or abandoned). */
function observe(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  requestId: string,
  started: number,
) {
  // The path as it arrived (Next may rewrite request.url); the query is left out of every line: it
  // can carry a password-reset token.
  const path = (request.url ?? "/").split("?")[0]!;
  response.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    const route = routeOf(path);
    const method = METHODS.has(request.method ?? "") ? request.method! : "OTHER";
    const status = String(response.statusCode);
    const observed = seriesOf(method, route, status);
    observed.count();
    observed.time(seconds);
    log.info(
      {
        requestId,
        method,
        route,
        path,
        status: response.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(response.writableFinished ? {} : { aborted: true }),
      },
      "request",
    );
  });
}

const args = parseArgs(process.argv.slice(2));
const app = next({ dev: false, dir: process.cwd(), port: args.port, hostname: args.hostname });
const handle = app.getRequestHandler();
await app.prepare();
const fastPath = createPageFastPath({ port: args.port });

/** Seconds a reader (or a load balancer) is asked to wait before trying again after a 503. */
const RETRY_AFTER_SECONDS = "5";

/**
 * A request that failed because the database did not answer in time answers 503 (Service
 * Unavailable) with the page Next rendered — the site's error page — instead of 500, and is never
 * stored: `no-store` keeps it out of the page fast path, Varnish and any CDN. Next itself has no
 * way for a page to pick its error status (an error thrown while rendering is always 500), so it
 * is decided here, where the status line is written, from what the database layer noted about
 * this request (src/lib/database-context.ts). A cached page served while its background
 * revalidation fails keeps its 200: only answers that are errors anyway change.
 */
function answer503WhenDatabaseUnavailable(
  response: http.ServerResponse,
  context: DatabaseContext,
): void {
  const writeHead = response.writeHead;
  response.writeHead = function (
    this: http.ServerResponse,
    statusCode: number,
    ...rest: unknown[]
  ) {
    if (statusCode >= 500 && context.unavailable) {
      statusCode = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      for (const headers of rest) {
        if (headers && typeof headers === "object" && !Array.isArray(headers)) {
          for (const name of Object.keys(headers)) {
            if (/^cache-control$/i.test(name)) delete (headers as Record<string, unknown>)[name];
          }
        }
      }
      this.setHeader("Cache-Control", "no-store");
      this.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(
      this,
      statusCode,
      ...rest,
    );
  } as typeof response.writeHead;
}

// HSTS where the public origin is HTTPS: the same rule that makes the session cookie Secure.
const securityHeaders = staticSecurityHeaders({
  hsts: (env.NEXTAUTH_URL ?? env.SITE_URL).startsWith("https://"),
});
const compress = compression() as unknown as (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
) => void;

/** Next's answer: compressed when the client accepts it, an HTML page held for its policy. */
function nextAnswer(request: http.IncomingMessage, response: http.ServerResponse) {
  return new Promise<void>((resolve, reject) => {
    compress(request, response, () => {
      holdHtmlForPolicy(request, response);
      handle(request, response).then(resolve, reject);
    });
  });
}

const server = http.createServer((request, response) => {
  const started = performance.now();
  const requestId = requestIdFrom(request.headers["x-request-id"]);
  response.setHeader("x-request-id", requestId);
  // A path that does not percent-decode names no page: the site's 404, not a crash in the router.
  if (hasUndecodablePath(request.url ?? "/")) request.url = UNDECODABLE_PATH_TARGET;
  setSecurityHeaders(response, securityHeaders);
  observe(request, response, requestId, started);
  // Everything this request does (the proxy, the page, its queries) runs with its request id (in
  // every log line) and in its database context.
  runWithRequestContext({ requestId }, () =>
    runWithDatabaseContext(databaseBudgetForPath(request.url ?? "/"), (context) => {
      answer503WhenDatabaseUnavailable(response, context);
      fastPath
        .handle(request, response)
        .then((answered) => (answered ? undefined : nextAnswer(request, response)))
        .catch((error: unknown) => {
          log.error({ err: error }, "[server] request failed");
          if (!response.headersSent) {
            response.statusCode = 500;
            response.end();
          } else response.destroy();
        });
    }),
  );
});
if (args.keepAliveTimeout !== undefined) server.keepAliveTimeout = args.keepAliveTimeout;
server.listen(args.port, args.hostname, () => {
  log.info(`ready on http://${args.hostname ?? "localhost"}:${args.port}`);
});

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void app.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    // Requests that never finish must not keep a stopping server alive.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
