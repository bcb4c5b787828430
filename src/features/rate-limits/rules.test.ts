import { describe, expect, it } from "vitest";
import { decide, formatWait, policies } from "./rules";

const policy = { limit: 5, windowSeconds: 900 };
const start = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("fixed-window rate limits", () => {
  it("allows up to the limit within a window, counting the current request", () => {
    for (let count = 1; count <= 5; count++) {
      expect(decide({ count, windowStart: start }, policy, at(10), true).allowed).toBe(true);
    }
    expect(decide({ count: 6, windowStart: start }, policy, at(10), true)).toEqual({
      allowed: false,
      retryAfterSeconds: 890,
    });
  });

  it("checks without counting: blocked once the limit is used up", () => {
    expect(decide({ count: 4, windowStart: start }, policy, at(60), false).allowed).toBe(true);
    expect(decide({ count: 5, windowStart: start }, policy, at(60), false)).toEqual({
      allowed: false,
      retryAfterSeconds: 840,
    });
  });

  it("resets when the window is over", () => {
    expect(decide({ count: 50, windowStart: start }, policy, at(900), false).allowed).toBe(true);
    expect(decide(null, policy, at(0), false).allowed).toBe(true);
  });

  it("never asks to wait less than a second", () => {
    const decision = decide({ count: 9, windowStart: start }, policy, at(899.9), false);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("locks an account after 5 failed sign-ins in 15 minutes", () => {
    expect(policies.signInByAccount).toEqual({ limit: 5, windowSeconds: 900 });
  });

  it.each([
    [1, "1 second"],
    [45, "45 seconds"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [840, "14 minutes"],
    [3600, "60 minutes"],
    [7201, "3 hours"],
  ])("formats %i s as %s", (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });
});
