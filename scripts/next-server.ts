// The production server (`npm start`, the stack's instances, the test and bench servers): Next's
// own request handling — the same router, proxy, compression and cache as `next start` — behind
// the page fast path (src/lib/cache/page-fast-path.ts), which answers repeat requests for cached
// public pages from their bytes. Usage: node --import tsx scripts/next-server.ts --port N
// [--hostname H] [--keepAliveTimeout MS]. SIGTERM/SIGINT stop it after the requests in flight.
//
// Every response gets the security headers here (src/lib/secure-response.ts), an HTML page with
// a Content-Security-Policy hashed from its own inline scripts. That needs the page's bytes before
// the headers leave, so this server compresses (the `compression` package, which Next itself uses
// for `compress: true`) after the policy is computed, and Next's own compression is off.
import http from "node:http";
import compression from "compression";
import next from "next";
import { z } from "zod";
import { env } from "../src/env";
import { createPageFastPath } from "../src/lib/cache/page-fast-path";
import { holdHtmlForPolicy, setSecurityHeaders } from "../src/lib/secure-response";
import { staticSecurityHeaders } from "../src/lib/security-headers";
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
  // A path that does not percent-decode names no page: the site's 404, not a crash in the router.
  if (hasUndecodablePath(request.url ?? "/")) request.url = UNDECODABLE_PATH_TARGET;
  setSecurityHeaders(response, securityHeaders);
  fastPath
    .handle(request, response)
    .then((answered) => (answered ? undefined : nextAnswer(request, response)))
    .catch((error: unknown) => {
      console.error("[server] request failed:", error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.end();
      } else response.destroy();
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
