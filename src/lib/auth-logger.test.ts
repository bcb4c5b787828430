import { describe, expect, it } from "vitest";
import { createAuthLogger } from "./auth-logger";
import { createLogger } from "./logger";

const SECRET = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.secret-token";

/** next-auth's logger writing through a site logger whose lines we keep. */
function capture(level: "debug" | "info") {
  const lines: string[] = [];
  const site = createLogger({
    level: "debug",
    destination: { write: (line: string) => lines.push(line) },
  });
  const logger = createAuthLogger(level, () => site);
  const records = () =>
    lines.map(
      (line) => JSON.parse(line) as { level: string; msg: string; code: string; error?: string },
    );
  return { logger, lines, records };
}

describe("createAuthLogger", () => {
  it("has every level next-auth calls", () => {
    const { logger } = capture("info");
    for (const level of ["error", "warn", "debug"] as const) {
      expect(typeof logger[level], level).toBe("function");
    }
  });

  it("takes next-auth's argument shapes without throwing and logs no metadata", () => {
    const { logger, lines, records } = capture("debug");
    const calls: Array<() => void> = [
      () => logger.error("JWT_SESSION_ERROR", new Error("decryption failed")),
      () => logger.error("SIGNIN_OAUTH_ERROR", { error: new Error("bad state"), token: SECRET }),
      () =>
        logger.error("CLIENT_FETCH_ERROR", { message: "fetch failed", url: "/api/auth" } as never),
      // What POST /api/auth/_log hands over: strings only, or nothing at all.
      () => logger.error("LOGGER_ERROR", { client: "true", token: SECRET } as never),
      () => (logger.error as (...args: unknown[]) => void)("NO_METADATA"),
      () => logger.warn("NEXTAUTH_URL"),
      () => logger.debug("adapter_getSessionAndUser", { sessionToken: SECRET }),
      () => (logger.debug as (...args: unknown[]) => void)("NO_METADATA"),
    ];
    for (const call of calls) expect(call).not.toThrow();
    expect(lines.join("\n")).not.toContain(SECRET);
    expect(lines).toHaveLength(calls.length);
    expect(records()).toContainEqual(
      expect.objectContaining({ level: "error", code: "SIGNIN_OAUTH_ERROR", error: "bad state" }),
    );
    expect(records()).toContainEqual(
      expect.objectContaining({ level: "warn", code: "NEXTAUTH_URL" }),
    );
  });

  it("keeps a forged code on one line and skips ended sessions", () => {
    const { logger, lines, records } = capture("info");
    logger.error("X\n[next-auth] ADMIN_LOGIN ok", new Error("a\r\nb"));
    logger.error("JWT_SESSION_ERROR", new Error("SESSION_ENDED"));
    logger.debug("quiet below debug", {});
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd().split("\n")).toHaveLength(1);
    expect(records()[0]).toMatchObject({
      level: "error",
      code: "X [next-auth] ADMIN_LOGIN ok",
      error: "a  b",
    });
  });
});
