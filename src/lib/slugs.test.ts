import { describe, expect, it } from "vitest";
import { slugProblem, slugify } from "./slugs";

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII slugs", () => {
    expect(slugify("  DeFi & Web3 News!  ")).toBe("defi-and-web3-news");
    expect(slugify("Café Crème")).toBe("cafe-creme");
    expect(slugify("---")).toBe("");
    expect(slugify("a".repeat(100))).toHaveLength(80);
  });

  it("never ends a cut slug with a hyphen", () => {
    expect(slugify(`${"a".repeat(79)} b`)).toBe("a".repeat(79));
  });
});

describe("slugProblem", () => {
  it("accepts well-formed slugs", () => {
    for (const slug of ["bitcoin", "web-3", "a1-b2-c3"]) expect(slugProblem(slug)).toBeNull();
  });

  it("refuses empty, long, uppercase, spaced and badly hyphenated slugs", () => {
    for (const slug of ["", "a".repeat(81), "Bitcoin", "two words", "-a", "a-", "a--b", "a_b"]) {
      expect(slugProblem(slug), slug).not.toBeNull();
    }
  });
});
