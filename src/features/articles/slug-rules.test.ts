import { describe, expect, it } from "vitest";
import { SLUG_MAX, slugProblem, slugify } from "./slug-rules";

describe("slugify", () => {
  it("turns a headline into lower-case words joined by single hyphens", () => {
    expect(slugify("Small Caps Show Strong Start in 2026, Outperforming S&P 500")).toBe(
      "small-caps-show-strong-start-in-2026-outperforming-s-and-p-500",
    );
  });

  it("drops accents and apostrophes and trims punctuation at both ends", () => {
    expect(slugify("  Café owner's Bitcoin — “déjà vu”!  ")).toBe("cafe-owners-bitcoin-deja-vu");
  });

  it("gives an empty slug for a title without letters or digits", () => {
    expect(slugify("?!…")).toBe("");
  });

  it("cuts long titles at a word boundary within the limit", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((part) => part === "word")).toBe(true);
  });

  it("always makes a slug that slugProblem accepts", () => {
    for (const title of ["Ether ETF: What Next?", "10x in 2025", "A  --  B", "ÅÄÖ über"]) {
      expect(slugProblem(slugify(title))).toBeNull();
    }
  });
});

describe("slugProblem", () => {
  it("accepts lower-case words with single hyphens", () => {
    expect(slugProblem("bitcoin-hits-100k")).toBeNull();
  });

  it.each([
    ["", /Enter a slug/],
    ["Bitcoin", /lower-case/],
    ["double--hyphen", /single hyphens/],
    ["-leading", /single hyphens/],
    ["trailing-", /single hyphens/],
    ["with space", /lower-case/],
    ["slash/inside", /lower-case/],
    ["a".repeat(SLUG_MAX + 1), /characters or fewer/],
  ])("rejects %j", (slug, message) => {
    expect(slugProblem(slug)).toMatch(message);
  });
});
