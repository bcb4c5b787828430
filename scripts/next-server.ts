// The production server (`npm start`, the stack's instances, the test and bench servers): Next's
// own request handling — the same router, proxy, compression and cache as `next start` — behind
// the page fast path (src/lib/cache/page-fast-path.ts), which answers repeat requests for cached
// public pages from their bytes. Usage: node --import tsx scripts/next-server.ts --port N
// [--hostname H] [--keepAliveTimeout MS]. SIGTERM/SIGINT stop it after the requests in flight.
import http from "node:http";
import next from "next";
import { z } from "zod";
import { createPageFastPath } from "../src/lib/cache/page-fast-path";
import {
  databaseBudgetForPath,
  runWithDatabaseContext,
  type DatabaseContext,
} from "../src/lib/database-context";
import { hasUndecodablePath, UNDECODABLE_PATH_TARGET } from "../src/lib/request-path";

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

const server = http.createServer((request, response) => {
  // A path that does not percent-decode names no page: the site's 404, not a crash in the router.
  if (hasUndecodablePath(request.url ?? "/")) request.url = UNDECODABLE_PATH_TARGET;
  // Everything this request does (the proxy, the page, its queries) runs in its database context.
  runWithDatabaseContext(databaseBudgetForPath(request.url ?? "/"), (context) => {
    answer503WhenDatabaseUnavailable(response, context);
    fastPath
      .handle(request, response)
      .then((answered) => (answered ? undefined : handle(request, response)))
      .catch((error: unknown) => {
        console.error("[server] request failed:", error);
        if (!response.headersSent) {
          response.statusCode = 500;
          response.end();
        } else response.destroy();
      });
  });
});
if (args.keepAliveTimeout !== undefined) server.keepAliveTimeout = args.keepAliveTimeout;
server.listen(args.port, args.hostname, () => {
  console.log(`✓ Ready on http://${args.hostname ?? "localhost"}:${args.port}`);
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
