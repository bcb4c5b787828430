import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { isSuccessStatus } from "./rules";

// One webhook request over node:http(s) with request-filtering-agent. Why not fetch: Node's fetch
// (undici) takes no http.Agent, and an undici dispatcher's own lookup would be our code to keep
// right. The agent checks the address a literal host names before connecting, and for a name it
// wraps the socket's DNS lookup: the socket connects to the addresses that lookup returned after
// they were checked (all of them, when Node tries several), so a DNS answer that changes between
// a check and the connection (rebinding) cannot slip through. The receiver's answer body is never
// read: only its status and how long it took are kept.

/** What went wrong, as a fixed phrase: never text from the receiver or its network. */
export type WebhookErrorKind =
  | "refused: private address"
  | "timeout"
  | "host not found"
  | "TLS failed"
  | "connection failed"
  | `HTTP ${number}`;

export type SendResult =
  | { ok: true; statusCode: number; responseMs: number }
  | { ok: false; statusCode: number | null; errorKind: WebhookErrorKind; responseMs: number };

export interface SendOptions {
  timeoutMs: number;
  /** Allow loopback, private and link-local receivers (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Resolver for the receiver's name; default the system's (dns.lookup). */
  lookup?: LookupFunction;
}

function errorKind(error: unknown): WebhookErrorKind {
  const { name, code, message } = (error ?? {}) as {
    name?: string;
    code?: string;
    message?: string;
  };
  // request-filtering-agent's refusals: "DNS lookup <address>(...) is not allowed. Because, ..."
  if (typeof message === "string" && /^DNS lookup .* is not allowed/.test(message)) {
    return "refused: private address";
  }
  if (name === "AbortError" || name === "TimeoutError") return "timeout";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NODATA") {
    return "host not found";
  }
  if (typeof code === "string" && /CERT|TLS|SSL|SELF_SIGNED/.test(code)) return "TLS failed";
  return "connection failed";
}

export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const secure = url.startsWith("https:");
  const filter = { allowPrivateIPAddress: options.allowPrivate, keepAlive: false };
  const agent = secure
    ? new RequestFilteringHttpsAgent(filter)
    : new RequestFilteringHttpAgent(filter);
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      agent.destroy();
      resolve(result);
    };
    const request = (secure ? https : http).request(
      url,
      {
        method: "POST",
        agent,
        lookup: options.lookup,
        headers: { ...headers, "Content-Length": Buffer.byteLength(body) },
        // Covers connecting, sending and waiting for the answer's status line.
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        const responseMs = elapsed();
        // The body is the receiver's business: it is neither read nor kept.
        response.destroy();
        if (isSuccessStatus(statusCode)) {
          finish({ ok: true, statusCode, responseMs });
        } else {
          finish({ ok: false, statusCode, errorKind: `HTTP ${statusCode}`, responseMs });
        }
      },
    );
    request.on("error", (error) => {
      finish({ ok: false, statusCode: null, errorKind: errorKind(error), responseMs: elapsed() });
    });
    request.end(body);
  });
}
