import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_PAGE_SLUGS, pageSlugProblem } from "./rules";

/** First URL segments of the app's own routes: folders under src/app, route groups opened. */
function topLevelSegments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      if (entry.name.startsWith("(")) return topLevelSegments(path.join(dir, entry.name));
      if (entry.name.startsWith("[") || entry.name.startsWith("_")) return [];
      return [entry.name];
    });
}

describe("pageSlugProblem", () => {
  it("accepts ordinary page slugs", () => {
    for (const slug of ["about", "press-kit", "careers-2026"])
      expect(pageSlugProblem(slug)).toBeNull();
  });

  it("refuses the site's own sections", () => {
    for (const slug of [
      "news",
      "category",
      "learn",
      "market",
      "search",
      "admin",
      "api",
      "account",
      "signin",
      "register",
    ]) {
      expect(pageSlugProblem(slug), slug).toMatch(/own sections/);
    }
  });

  it("refuses malformed slugs", () => {
    expect(pageSlugProblem("About Us")).not.toBeNull();
  });

  it("reserves every top-level route of the app (a new route must be added to the list)", () => {
    // Folders with a dot (feed.xml, sitemap.xml) cannot clash: slugs have no dots.
    const shadowable = topLevelSegments(path.resolve(import.meta.dirname, "../../app")).filter(
      (segment) => !segment.includes(".") && pageSlugProblem(segment) === null,
    );
    expect(shadowable).toEqual([]);
    expect(RESERVED_PAGE_SLUGS.length).toBeGreaterThan(10);
  });
});
