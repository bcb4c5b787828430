// The logger handed to next-auth. next-auth calls error, warn and debug, and sends it metadata
// that can hold tokens, profiles and request bodies, so only the code and an error's message are
// written, never the metadata itself. Codes and messages can come from outside: with a logger set,
// next-auth's POST /api/auth/_log passes a request's `code` and fields straight here (the route
// handler refuses that endpoint, see src/app/api/auth/[...nextauth]/route.ts), so control
// characters are replaced to keep one call on one log line.
import type { LoggerInstance } from "next-auth";

export type LogLevel = "debug" | "info" | "warn" | "error";

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

export function createAuthLogger(level: LogLevel): LoggerInstance {
  return {
    error(code, metadata) {
      const message = messageOf(metadata);
      // A session whose account was banned or signed out everywhere: expected, not an error.
      if (code === "JWT_SESSION_ERROR" && message.includes("SESSION_ENDED")) return;
      console.error(`[next-auth] ${oneLine(String(code))}`, oneLine(message));
    },
    warn(code) {
      if (level === "error") return;
      console.warn(`[next-auth] ${oneLine(String(code))}`);
    },
    debug(code) {
      if (level !== "debug") return;
      console.debug(`[next-auth] ${oneLine(String(code))}`);
    },
  };
}
