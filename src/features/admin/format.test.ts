import { describe, expect, it } from "vitest";
import { formatInZone, zoneName } from "./format";

describe("formatInZone", () => {
  it("shows the time in the site's zone with the zone's name, following daylight saving", () => {
    expect(formatInZone(new Date("2026-01-27T14:30:00Z"), "America/New_York")).toBe(
      "Jan 27, 2026, 9:30 AM EST",
    );
    expect(formatInZone(new Date("2026-07-01T14:30:00Z"), "America/New_York")).toBe(
      "Jul 1, 2026, 10:30 AM EDT",
    );
  });

  it("names zones without a common abbreviation by their offset", () => {
    expect(zoneName(new Date("2026-01-27T00:00:00Z"), "Asia/Dubai")).toBe("GMT+4");
  });
});
