import { describe, expect, it } from "vitest";
import { instantToZonedTime, startOfDayInZone, zonedTimeToInstant } from "./zoned-time";

describe("zonedTimeToInstant", () => {
  it("reads the input in the given zone, winter and summer", () => {
    expect(zonedTimeToInstant("2026-12-01", "09:05", "America/New_York")?.toISOString()).toBe(
      "2026-12-01T14:05:00.000Z",
    );
    expect(zonedTimeToInstant("2026-07-01", "09:05", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T13:05:00.000Z",
    );
    expect(zonedTimeToInstant("2026-07-01", "09:05", "Asia/Kolkata")?.toISOString()).toBe(
      "2026-07-01T03:35:00.000Z",
    );
    expect(zonedTimeToInstant("2026-07-01", "09:05", "UTC")?.toISOString()).toBe(
      "2026-07-01T09:05:00.000Z",
    );
  });

  it("moves a time skipped by the spring-forward jump to after the jump", () => {
    // 02:30 does not exist in New York on 8 March 2026; 03:30 EDT is 07:30 UTC.
    expect(zonedTimeToInstant("2026-03-08", "02:30", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
  });

  it("takes a repeated autumn time once (the first occurrence)", () => {
    expect(zonedTimeToInstant("2026-11-01", "01:30", "America/New_York")?.toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });

  it.each([
    ["2026-02-30", "10:00"],
    ["2026-13-01", "10:00"],
    ["2026-12-01", "24:00"],
    ["2026-12-01", "9:5"],
    ["tomorrow", "10:00"],
  ])("refuses %s %s", (date, time) => {
    expect(zonedTimeToInstant(date, time, "Europe/Berlin")).toBeNull();
  });
});

describe("instantToZonedTime", () => {
  it("shows an instant as the zone's clocks do", () => {
    expect(instantToZonedTime(new Date("2026-12-01T14:05:00Z"), "America/New_York")).toEqual({
      date: "2026-12-01",
      time: "09:05",
    });
    expect(instantToZonedTime(new Date("2026-12-31T23:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2027-01-01",
      time: "00:30",
    });
  });

  it("round-trips with zonedTimeToInstant", () => {
    for (const zone of ["America/Los_Angeles", "Europe/London", "Australia/Sydney"]) {
      const instant = zonedTimeToInstant("2026-10-04", "18:45", zone)!;
      expect(instantToZonedTime(instant, zone)).toEqual({ date: "2026-10-04", time: "18:45" });
    }
  });
});

describe("startOfDayInZone", () => {
  it("finds local midnight in the zone, across daylight saving", () => {
    expect(startOfDayInZone("2026-01-15", "America/New_York")?.toISOString()).toBe(
      "2026-01-15T05:00:00.000Z",
    );
    expect(startOfDayInZone("2026-07-15", "America/New_York")?.toISOString()).toBe(
      "2026-07-15T04:00:00.000Z",
    );
    expect(startOfDayInZone("2026-03-08", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
    expect(startOfDayInZone("2026-06-01", "Asia/Kolkata")?.toISOString()).toBe(
      "2026-05-31T18:30:00.000Z",
    );
    expect(startOfDayInZone("2026-06-01", "UTC")?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });

  it("refuses what is not a calendar day", () => {
    for (const day of ["2026-02-30", "2026-13-01", "yesterday", "2026-1-1"]) {
      expect(startOfDayInZone(day, "UTC"), day).toBeNull();
    }
  });
});
