// The logger handed to next-auth, writing through the site's logger (src/lib/logger.ts). next-auth
// calls error, warn and debug, and sends it metadata that can hold tokens, profiles and request
// bodies, so only the code and an error's message are written, never the metadata itself. Codes
// and messages can come from outside: with a logger set, next-auth's POST /api/auth/_log passes a
// request's `code` and fields straight here (the route handler refuses that endpoint, see
// src/app/api/auth/[...nextauth]/route.ts); they travel as JSON string fields, so a forged line
// break cannot start a line of its own, and control characters are replaced all the same.
import type { LoggerInstance } from "next-auth";
import { type Logger, type LogLevel, logger as siteLogger } from "./logger";

export type { LogLevel };

const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");

/** The message of what next-auth passes as metadata: an Error, { error }, { message }, or nothing. */
function messageOf(metadata: unknown): string {
  if (metadata instanceof Error) return metadata.message;
  if (typeof metadata === "object" && metadata !== null) {
    const { error, message } = metadata as { error?: unknown; message?: unknown };
    if (error instanceof Error) return error.message;
    if (typeof message === "string") return message;
  }
  return "";
}

/** `level` filters next-auth's warnings and debug output; `log` is the site's logger by default. */
export function createAuthLogger(level: LogLevel, log: () => Logger = siteLogger): LoggerInstance {
  return {
    error(code, metadata) {
      const message = messageOf(metadata);
      // A session whose account was banned or signed out everywhere: expected, not an error.
      if (code === "JWT_SESSION_ERROR" && message.includes("SESSION_ENDED")) return;
      log().error(
        { code: oneLine(String(code)), ...(message ? { error: oneLine(message) } : {}) },
        "[next-auth] error",
      );
    },
    warn(code) {
      if (level === "error") return;
      log().warn({ code: oneLine(String(code)) }, "[next-auth] warning");
    },
    debug(code) {
      if (level !== "debug") return;
      log().debug({ code: oneLine(String(code)) }, "[next-auth] debug");
    },
  };
}
