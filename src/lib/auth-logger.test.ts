import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuthLogger } from "./auth-logger";

const SECRET = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.secret-token";

function captureConsole() {
  const lines: string[] = [];
  for (const level of ["error", "warn", "info", "log", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
  }
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createAuthLogger", () => {
  it("has every level next-auth calls", () => {
    const logger = createAuthLogger("info");
    for (const level of ["error", "warn", "debug"] as const) {
      expect(typeof logger[level], level).toBe("function");
    }
  });

  it("takes next-auth's argument shapes without throwing and logs no metadata", () => {
    const lines = captureConsole();
    const logger = createAuthLogger("debug");
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
    expect(lines).toContain("[next-auth] SIGNIN_OAUTH_ERROR bad state");
    expect(lines).toContain("[next-auth] NEXTAUTH_URL");
  });

  it("keeps a forged code on one line and skips ended sessions", () => {
    const lines = captureConsole();
    const logger = createAuthLogger("info");
    logger.error("X\n[next-auth] ADMIN_LOGIN ok", new Error("a\r\nb"));
    logger.error("JWT_SESSION_ERROR", new Error("SESSION_ENDED"));
    logger.debug("quiet below debug", {});
    expect(lines).toEqual(["[next-auth] X [next-auth] ADMIN_LOGIN ok a  b"]);
  });
});
