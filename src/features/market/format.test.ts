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

describe("formatPrice", () => {
  it("shows cents from one dollar up, with grouping", () => {
    expect(formatPrice(88301)).toBe("$88,301.00");
    expect(formatPrice(1.9)).toBe("$1.90");
    expect(formatPrice(1)).toBe("$1.00");
    expect(formatPrice(123456789.987)).toBe("$123,456,789.99");
  });

  it("shows six decimals below a dollar and four significant digits below a cent", () => {
    expect(formatPrice(0.295513)).toBe("$0.295513");
    expect(formatPrice(0.9999)).toBe("$0.999900");
    expect(formatPrice(0.01)).toBe("$0.010000");
    expect(formatPrice(0.00001234567)).toBe("$0.00001235");
  });

  it("handles zero, negative and missing values", () => {
    expect(formatPrice(0)).toBe("$0.00");
    expect(formatPrice(-2.5)).toBe("-$2.50");
    expect(formatPrice(-0.5)).toBe("-$0.500000");
    expect(formatPrice(null)).toBe("—");
    expect(formatPrice(undefined)).toBe("—");
    expect(formatPrice(Number.NaN)).toBe("—");
  });
});

describe("formatPercent and changeDirection", () => {
  it("signs every change and rounds to two decimals", () => {
    expect(formatPercent(2.3456)).toBe("+2.35%");
    expect(formatPercent(-0.8)).toBe("-0.80%");
    expect(formatPercent(152.1)).toBe("+152.10%");
    expect(changeDirection(2.3456)).toBe("up");
    expect(changeDirection(-0.8)).toBe("down");
  });

  it("shows tiny changes as zero, without a sign, and missing ones as a dash", () => {
    expect(formatPercent(0)).toBe("0.00%");
    expect(formatPercent(0.001)).toBe("0.00%");
    expect(formatPercent(-0.004)).toBe("0.00%");
    expect(changeDirection(-0.004)).toBe("flat");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe("—");
    expect(changeDirection(undefined)).toBe("missing");
  });
});

describe("large amounts", () => {
  it("writes caps and volumes in whole dollars or compactly", () => {
    expect(formatUsdWhole(1742118000000.4)).toBe("$1,742,118,000,000");
    expect(formatCompactUsd(3_120_000_000_000)).toBe("$3.12T");
    expect(formatCompactUsd(412_504_000_000)).toBe("$412.50B");
    expect(formatCompactUsd(88_300_000)).toBe("$88.30M");
    expect(formatCompactUsd(950)).toBe("$950.00");
    expect(formatCompactUsd(-2_000_000)).toBe("-$2.00M");
    expect(formatCompactUsd(null)).toBe("—");
    expect(formatUsdWhole(undefined)).toBe("—");
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
