import { describe, expect, it } from "vitest";
import { scaleBenchArgs } from "./scale-bench";

describe("scaleBenchArgs", () => {
  it("is null without --articles, so npm run bench runs the load test", () => {
    expect(scaleBenchArgs([])).toBeNull();
    expect(scaleBenchArgs(["--other", "5"])).toBeNull();
  });

  it("reads --articles N and --articles=N", () => {
    expect(scaleBenchArgs(["--articles", "100000"])).toEqual({ articles: 100_000 });
    expect(scaleBenchArgs(["--articles=2500"])).toEqual({ articles: 2500 });
  });

  it("rejects a missing or unusable count", () => {
    for (const argv of [
      ["--articles"],
      ["--articles", "many"],
      ["--articles=0"],
      ["--articles", "1.5"],
    ]) {
      expect(() => scaleBenchArgs(argv)).toThrow(/--articles needs a whole number/);
    }
  });
});
