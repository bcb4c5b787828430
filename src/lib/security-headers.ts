// The site's security headers, in one place: the fixed set every response carries, and the
// Content-Security-Policy of an HTML page, built from the page itself.
//
// Why hashes rather than nonces: public pages are cached (Next's ISR cache, the page fast path,
// the edge), so the same bytes go to every reader; a nonce in a cached page is the same for every
// reader and protects nothing. Next's inline scripts (the flight data `self.__next_f.push(...)`,
// our theme script, Suspense's `$RC` scripts) are fixed for a given page, so the production
// server (scripts/next-server.ts) hashes every executable inline <script> of the final HTML and
// sends their SHA-256 in `script-src`. Whoever caches the page caches that header with it, so
// header and body always match. Pure and dependency-light: next.config.ts imports it too.
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

export interface SecurityHeaderOptions {
  /** HTTPS deployment (SECURE_COOKIES): adds Strict-Transport-Security. */
  hsts: boolean;
}

/** Headers every response carries (pages, route handlers, media, Next's files, errors). */
export function staticSecurityHeaders(options: SecurityHeaderOptions): [string, string][] {
  const headers: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    // Older browsers' half of `frame-ancestors 'none'`; the admin's one-click forms must never
    // load inside another site's frame.
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
  ];
  if (options.hsts)
    headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}

/**
 * The policy of every response that is not an HTML page (JSON, media, Next's files, redirects):
 * such a document loads nothing and may be framed by no one. An HTML page gets its own policy
 * (contentSecurityPolicy) in place of this one. Styles stay allowed inline for the browser's own
 * image and JSON viewers.
 */
export const RESOURCE_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Powerful features the site never uses, denied to it and to any frame. */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

export interface ContentSecurityPolicyOptions {
  /** `sha256-…` sources (without quotes) of the page's inline scripts. */
  scriptHashes: readonly string[];
  /** `next dev`: React Refresh evaluates code and Next injects inline scripts without hashes. */
  dev?: boolean;
}

/**
 * The policy of one HTML response. Scripts: our own files and exactly the inline scripts of this
 * page. Styles need 'unsafe-inline': React renders `style` attributes (next/image's sizing, the
 * ticker) and those cannot be hashed. Images: our own, data: URIs (next/image placeholders) and any
 * https: source, because editors may put outside images in article bodies and the sidebar ad.
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const scripts = options.dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...options.scriptHashes.map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Types of <script> that the browser runs (or checks against script-src, like import maps); any
 * other type (application/ld+json, application/json) is a data block and is never executed. */
const CHECKED_SCRIPT_TYPES = new Set([
  "",
  "module",
  "importmap",
  "speculationrules",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
]);

function isCheckedScript(attributes: Record<string, string>): boolean {
  if (attributes.src !== undefined) return false;
  const type = (attributes.type ?? "").trim().toLowerCase();
  if (type === "" && attributes.language !== undefined) {
    return CHECKED_SCRIPT_TYPES.has(`text/${attributes.language.trim().toLowerCase()}`);
  }
  return CHECKED_SCRIPT_TYPES.has(type);
}

/**
 * `sha256-<base64>` of every inline script in `html` that the browser would check against
 * script-src, each once, in document order. The text hashed is what the browser's HTML parser
 * hands to the script: the raw source between the tags (no entity decoding in a script), with
 * its newline normalization (CRLF and CR become LF) and NUL replaced by U+FFFD.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  let inScript = false;
  let text = "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== "script") return;
        inScript = isCheckedScript(attributes);
        text = "";
      },
      ontext(data) {
        if (inScript) text += data;
      },
      onclosetag(name) {
        if (name !== "script" || !inScript) return;
        inScript = false;
        const source = /[\r\0]/.test(text)
          ? text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD")
          : text;
        hashes.add(`sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return [...hashes];
}
