import { describe, expect, it } from "vitest";
import { sparklinePath, summarizeSeries } from "./sparkline";

describe("sparklinePath", () => {
  it("spans the box: lowest value at the bottom, highest at the top", () => {
    expect(sparklinePath([1, 3, 2], { width: 100, height: 20, padding: 0 })).toBe(
      "M0 20 L50 0 L100 10",
    );
  });

  it("keeps the padding free", () => {
    expect(sparklinePath([10, 20, 15, 30], { width: 90, height: 30, padding: 2 })).toBe(
      "M0 28 L30 15 L60 21.5 L90 2",
    );
  });

  it("rounds coordinates to two decimals", () => {
    expect(sparklinePath([0, 1, 2, 3], { width: 10, height: 10, padding: 0 })).toBe(
      "M0 10 L3.33 6.67 L6.67 3.33 L10 0",
    );
  });

  it("draws a flat series through the middle", () => {
    expect(sparklinePath([5, 5, 5], { width: 10, height: 8 })).toBe("M0 4 L5 4 L10 4");
  });

  it("skips missing points but keeps the time axis", () => {
    expect(sparklinePath([1, Number.NaN, 3], { width: 10, height: 10, padding: 0 })).toBe(
      "M0 10 L10 0",
    );
  });

  it("draws nothing for fewer than two points", () => {
    expect(sparklinePath([], { width: 10, height: 10 })).toBe("");
    expect(sparklinePath([42], { width: 10, height: 10 })).toBe("");
  });
});

describe("summarizeSeries", () => {
  it("gives first, last, low, high and the change", () => {
    expect(summarizeSeries([100, 90, 120, 110])).toEqual({
      first: 100,
      last: 110,
      low: 90,
      high: 120,
      change: 10,
    });
    expect(summarizeSeries([0, 1])?.change).toBeNull();
    expect(summarizeSeries([1])).toBeNull();
  });
});
