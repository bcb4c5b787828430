import { describe, expect, it } from "vitest";
import { formatWait, policies } from "./rules";

describe("rate-limit rules", () => {
  it("locks an account after 5 sign-in attempts in 15 minutes, whichever name is typed", () => {
    expect(policies.signInByAccount).toEqual({ limit: 5, windowSeconds: 900 });
    expect(policies.signInByIdentifier).toEqual({ limit: 5, windowSeconds: 900 });
    expect(policies.signInByIp).toEqual({ limit: 20, windowSeconds: 900 });
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
