import { describe, expect, it } from "vitest";
import {
  changeDirection,
  formatCompactUsd,
  formatPercent,
  formatPrice,
  formatSupply,
  formatTimeOfDay,
  formatUsdWhole,
} from "./format";

type Value = number | null | undefined;

describe("formatPrice", () => {
  it.each<[string, Value, string]>([
    ["cents from one dollar up, with grouping", 88301, "$88,301.00"],
    ["cents from one dollar up", 1.9, "$1.90"],
    ["cents at exactly one dollar", 1, "$1.00"],
    ["cents, rounded, with grouping", 123456789.987, "$123,456,789.99"],
    ["six decimals below a dollar", 0.295513, "$0.295513"],
    ["six decimals just below a dollar", 0.9999, "$0.999900"],
    ["six decimals down to a cent", 0.01, "$0.010000"],
    ["four significant digits below a cent", 0.00001234567, "$0.00001235"],
    ["zero in cents", 0, "$0.00"],
    ["a negative amount in cents", -2.5, "-$2.50"],
    ["a negative amount below a dollar", -0.5, "-$0.500000"],
    ["a dash for null", null, "—"],
    ["a dash for undefined", undefined, "—"],
    ["a dash for NaN", Number.NaN, "—"],
  ])("shows %s: %s → %s", (_rule, value, text) => {
    expect(formatPrice(value)).toBe(text);
  });
});

describe("formatPercent and changeDirection", () => {
  it.each<[Value, string]>([
    // Every change is signed and rounded to two decimals…
    [2.3456, "+2.35%"],
    [-0.8, "-0.80%"],
    [152.1, "+152.10%"],
    // …tiny changes are zero, without a sign, and missing ones a dash.
    [0, "0.00%"],
    [0.001, "0.00%"],
    [-0.004, "0.00%"],
    [null, "—"],
    [Number.POSITIVE_INFINITY, "—"],
  ])("formatPercent(%s) is %s", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it.each<[Value, ReturnType<typeof changeDirection>]>([
    [2.3456, "up"],
    [-0.8, "down"],
    [-0.004, "flat"],
    [undefined, "missing"],
  ])("changeDirection(%s) is %s, as the change is shown", (value, direction) => {
    expect(changeDirection(value)).toBe(direction);
  });
});

describe("large amounts", () => {
  it("writes caps and volumes in whole dollars or compactly", () => {
    expect(formatUsdWhole(1742118000000.4)).toBe("$1,742,118,000,000");
    expect(formatUsdWhole(undefined)).toBe("—");
    const compact = [3_120_000_000_000, 412_504_000_000, 88_300_000, 950, -2_000_000, null];
    expect(compact.map(formatCompactUsd)).toEqual([
      "$3.12T",
      "$412.50B",
      "$88.30M",
      "$950.00",
      "-$2.00M",
      "—",
    ]);
  });

  it("writes supplies with the symbol", () => {
    expect(formatSupply(19_976_312.4, "BTC")).toBe("19,976,312 BTC");
    expect(formatSupply(null, "BTC")).toBe("—");
  });
});

describe("formatTimeOfDay", () => {
  it("gives the 24-hour time in the site's time zone", () => {
    expect(formatTimeOfDay("2026-01-27T19:05:00.000Z", "UTC")).toBe("19:05");
    expect(formatTimeOfDay("2026-01-27T19:05:00.000Z", "America/New_York")).toBe("14:05");
  });
});
