// The server's one logger: pino, one JSON object per line on stdout, at LOG_LEVEL. Used by the
// production server (scripts/next-server.ts: the access line of every request) and by the app's
// code inside Next, which bundles modules separately — so the instance lives on globalThis, like
// the shared cache state, and every copy of this module writes through the same one.
//
// Secrets never reach a line: known field names are redacted wherever they sit (three levels deep),
// and free text (messages, error messages and stacks) loses credentials in URLs and
// `password: "…"`-style pairs, which is how a failed database call or a Prisma validation error
// would otherwise print them. A line written while a request is being handled carries that
// request's id (requestContext, set by the server).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";
import { z } from "zod";

export type { Logger };
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Field names whose values never appear in a log line. */
const SECRET_FIELDS = [
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "email",
  "csrfToken",
];

const CENSOR = "[redacted]";
const SECRET_NAMES = new Set(SECRET_FIELDS.map((field) => field.toLowerCase()));
/** How deep fields are looked at: `{ user: { profile: { email } } }` is still caught. */
const REDACT_DEPTH = 3;

/**
 * The fields of a log call with secret ones replaced, down to REDACT_DEPTH levels of plain
 * objects (errors are left to their serializer). Our own walk rather than pino's `redact`: its
 * wildcard paths (`*.password`) cost about 120 µs per line, which halved the cached article's
 * throughput; this costs about a microsecond for an access line.
 */
export function redactSecrets(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    const field = value[key];
    let replacement = field;
    if (SECRET_NAMES.has(key.toLowerCase())) replacement = CENSOR;
    else if (depth + 1 < REDACT_DEPTH && isPlainObject(field)) {
      replacement = redactSecrets(field, depth + 1);
    }
    if (replacement !== field) {
      copy ??= { ...value };
      copy[key] = replacement;
    }
  }
  return copy ?? value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Removes credentials from free text: `scheme://user:pass@host`, `password: "x"`, `token=x`. */
export function scrubText(text: string): string {
  return text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]*@/gi, `$1:${CENSOR}@`)
    .replace(
      /\b((?:password|passwordHash|token|secret|authorization|cookie)\w*["']?\s*[:=]\s*)(?:"[^"]*"|'[^']*'|[^\s,;&}]+)/gi,
      `$1${CENSOR}`,
    );
}

function serializeError(error: unknown): unknown {
  if (typeof error === "string") return scrubText(error);
  if (typeof error !== "object" || error === null) return error;
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    // Only what explains the failure: its kind, message, stack, code, cause. Extra properties of
    // library errors (a query's parameters, a request's options) may carry anything.
    if (!["type", "message", "stack", "code", "cause", "aggregateErrors"].includes(key)) continue;
    clean[key] = typeof value === "string" ? scrubText(value) : value;
  }
  if (clean.cause && typeof clean.cause === "object") clean.cause = serializeError(clean.cause);
  return clean;
}

export interface RequestContext {
  requestId: string;
}

const STATE = Symbol.for("coinmela.logger");
type WithLogger = typeof globalThis & {
  [STATE]?: { logger?: Logger; requests: AsyncLocalStorage<RequestContext> };
};

function processState() {
  const holder = globalThis as WithLogger;
  holder[STATE] ??= { requests: new AsyncLocalStorage() };
  return holder[STATE];
}

const requestStorage = () => processState().requests;

/** A logger writing JSON lines to `destination` (default stdout). Tests pass their own stream. */
export function createLogger(
  options: { level?: LogLevel; destination?: DestinationStream } = {},
): Logger {
  const requests = requestStorage();
  return pino(
    {
      level: options.level ?? "info",
      base: { pid: process.pid },
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => redactSecrets(fields) },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are free text: the same scrubbing as error messages.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      mixin() {
        const context = requests.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    // Asynchronous: a line is handed to the kernel as soon as the previous write finished, and
    // lines that arrive meanwhile go out together, so a busy server makes few writes (a write per
    // request cost the cached article about half its throughput). pino flushes on exit.
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

function configuredLevel(): LogLevel {
  const level = process.env.LOG_LEVEL;
  return level === "debug" || level === "warn" || level === "error" ? level : "info";
}

/** The process's logger (LOG_LEVEL, validated by src/env.ts at start-up; default info). */
export function logger(): Logger {
  const state = processState();
  state.logger ??= createLogger({ level: configuredLevel() });
  return state.logger;
}

/** Runs `work` as part of the request `context`: every line logged inside carries its id. */
export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return requestStorage().run(context, work);
}

export function currentRequestId(): string | undefined {
  return requestStorage().getStore()?.requestId;
}

/** An incoming X-Request-Id is reused only if it is a short token: it ends up in every line. */
const requestIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);

export function requestIdFrom(header: string | string[] | undefined): string {
  const parsed = requestIdSchema.safeParse(Array.isArray(header) ? header[0] : header);
  return parsed.success ? parsed.data : randomUUID();
}
