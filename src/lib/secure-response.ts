// Gives a Node response the site's security headers (src/lib/security-headers.ts) before Next
// writes it: the static set at once, and for an HTML body a Content-Security-Policy whose
// script-src lists the SHA-256 of that body's own inline scripts. To hash the body before the
// headers go out, an HTML response is held in memory until Next ends it (pages are ~190 KB), then
// sent in one piece; anything else (Next's files, JSON, media, RSC payloads) passes untouched.
//
// Holding the body costs HTML its streaming. Public pages are rendered once and served from
// cache, so they lose nothing; per-request pages (the admin, search) reach the reader when they
// are complete instead of shell first, which our pages, with no slow Suspense boundaries, barely
// show. Hashes everywhere also keep one policy for the whole site and no request-time nonce that
// would stop Next from caching a page.
//
// Hand-written over ServerResponse rather than a package: what is needed is "hold the body of
// this one content type, then set a header computed from it", and the middleware packages that
// rewrite responses (express-interceptor, modify-response) are unmaintained and Express-bound.
import type http from "node:http";
import { contentSecurityPolicy, inlineScriptHashes, RESOURCE_POLICY } from "./security-headers";

type Callback = (error?: Error | null) => void;

function isHtml(response: http.ServerResponse): boolean {
  const type = response.getHeader("content-type");
  return typeof type === "string" && /^\s*text\/html\b/i.test(type);
}

/** Sets `headers` and the CSP of a response that is not a page (RESOURCE_POLICY) on `response`.
 * A page replaces that policy: holdHtmlForPolicy, or the page fast path with the stored one. */
export function setSecurityHeaders(
  response: http.ServerResponse,
  headers: readonly [string, string][],
): void {
  for (const [name, value] of headers) response.setHeader(name, value);
  response.setHeader("content-security-policy", RESOURCE_POLICY);
}

/** When `response` turns out to be HTML, holds its body and sends it with its hash-based CSP.
 * Call before Next writes anything (after compression, which then compresses what this sends). */
export function holdHtmlForPolicy(request: http.IncomingMessage, response: http.ServerResponse) {
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  const flush = (response as { flush?: () => void }).flush;
  let mode: "undecided" | "html" | "pass" = "undecided";
  let headWritten = false;
  const chunks: Buffer[] = [];

  const restore = () => {
    Object.assign(response, original);
    if (flush) Object.assign(response, { flush });
  };

  // The first call that would send headers decides: HTML is held, everything else passes.
  const decide = () => {
    if (mode !== "undecided") return;
    // Already encoded: an answer Next proxied from elsewhere (a rewrite to another origin), sent
    // with the policy its own server computed.
    if (isHtml(response) && request.method !== "HEAD" && !response.getHeader("content-encoding")) {
      mode = "html";
      return;
    }
    mode = "pass";
    restore();
  };

  const toBuffer = (chunk: unknown, encoding: unknown): Buffer | null => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
    if (typeof chunk === "string") {
      return Buffer.from(
        chunk,
        typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
      );
    }
    return Buffer.from(chunk as Uint8Array);
  };
  const callbackOf = (...args: unknown[]) =>
    args.find((arg): arg is Callback => typeof arg === "function");

  response.writeHead = function writeHead(this: http.ServerResponse, ...args: unknown[]) {
    const [status, second, third] = args;
    const extra = typeof second === "string" ? third : second;
    if (typeof second === "string") response.statusMessage = second;
    response.statusCode = status as number;
    if (Array.isArray(extra)) {
      for (let i = 0; i + 1 < extra.length; i += 2) {
        response.setHeader(String(extra[i]), extra[i + 1] as string);
      }
    } else if (extra && typeof extra === "object") {
      for (const [name, value] of Object.entries(extra)) {
        if (value !== undefined) response.setHeader(name, value as string);
      }
    }
    decide();
    if (mode === "pass") return original.writeHead.call(response, response.statusCode);
    headWritten = true;
    return response;
  } as typeof response.writeHead;

  response.flushHeaders = function flushHeaders() {
    decide();
    if (mode === "pass") original.flushHeaders.call(response);
  };
  if (flush) {
    Object.assign(response, {
      flush() {
        if (mode !== "html") flush.call(response);
      },
    });
  }

  response.write = function write(chunk: unknown, ...rest: unknown[]) {
    decide();
    if (mode === "pass") {
      return (original.write as (...a: unknown[]) => boolean).call(response, chunk, ...rest);
    }
    const buffer = toBuffer(chunk, rest[0]);
    if (buffer) chunks.push(buffer);
    const callback = callbackOf(...rest);
    if (callback) process.nextTick(callback);
    return true;
  } as typeof response.write;

  response.end = function end(chunk?: unknown, ...rest: unknown[]) {
    decide();
    if (mode === "pass") {
      return (original.end as (...a: unknown[]) => http.ServerResponse).call(
        response,
        chunk,
        ...rest,
      );
    }
    const buffer = toBuffer(chunk, rest[0]);
    if (buffer) chunks.push(buffer);
    const body = Buffer.concat(chunks);
    const callback = callbackOf(chunk, ...rest);
    restore();
    response.setHeader(
      "content-security-policy",
      contentSecurityPolicy({ scriptHashes: inlineScriptHashes(body.toString("utf8")) }),
    );
    // Length-framed unless someone asked for chunks (removing that header would leave a
    // compressed answer with no framing at all: Node then never sends it chunked).
    if (!response.hasHeader("transfer-encoding")) response.setHeader("content-length", body.length);
    if (headWritten) original.writeHead.call(response, response.statusCode);
    const sendEnd = original.end as (body: Buffer, callback?: () => void) => http.ServerResponse;
    return sendEnd.call(response, body, callback);
  } as typeof response.end;
}
