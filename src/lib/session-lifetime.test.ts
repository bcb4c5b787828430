import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionExpiry } from "./session-lifetime";

describe("session length", () => {
  it("is a day, or thirty with remember me", () => {
    expect(sessionExpiry(0, false)).toBe(24 * 3600_000);
    expect(sessionExpiry(0, true)).toBe(30 * 24 * 3600_000);
    expect(SESSION_MAX_AGE_SECONDS * 1000).toBe(sessionExpiry(0, true));
  });
});
