import { describe, expect, it } from "vitest";
import { formatDateTime, isValidTimeZone } from "./format";

describe("formatDateTime", () => {
  it("formats in the site's time zone with a lowercase am/pm", () => {
    const date = new Date("2026-01-27T08:42:00Z");
    expect(formatDateTime(date, "America/New_York")).toBe("January 27, 2026 3:42 am");
    expect(formatDateTime(date, "UTC")).toBe("January 27, 2026 8:42 am");
  });

  it("handles the afternoon and midnight", () => {
    expect(formatDateTime(new Date("2026-07-04T19:05:00Z"), "UTC")).toBe("July 4, 2026 7:05 pm");
    expect(formatDateTime(new Date("2026-07-04T00:00:00Z"), "UTC")).toBe("July 4, 2026 12:00 am");
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and rejects anything else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
