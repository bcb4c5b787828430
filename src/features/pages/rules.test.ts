import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_PAGE_SLUGS, pageSlugProblem, tagsForPageChange } from "./rules";

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

describe("tagsForPageChange", () => {
  const about = { slug: "about", published: true };
  it("an edit of a published page refreshes it and the sitemap (its last change)", () => {
    expect(tagsForPageChange(about, about)).toEqual(["page:about", "sitemaps"]);
  });
  it("a draft edit refreshes only the page", () => {
    const draft = { slug: "draft", published: false };
    expect(tagsForPageChange(draft, draft)).toEqual(["page:draft"]);
  });
  it("publishing or unpublishing changes the list of pages", () => {
    expect(tagsForPageChange({ ...about, published: false }, about)).toEqual([
      "page:about",
      "pages",
      "sitemaps",
    ]);
    expect(tagsForPageChange(about, { ...about, published: false })).toEqual([
      "page:about",
      "pages",
      "sitemaps",
    ]);
  });
  it("moving a published page refreshes both URLs and the redirects", () => {
    expect(tagsForPageChange(about, { slug: "about-us", published: true })).toEqual([
      "page:about",
      "page:about-us",
      "pages",
      "redirects",
      "sitemaps",
    ]);
  });
  it("creating a published page adds it to the list", () => {
    expect(tagsForPageChange(null, about)).toEqual(["page:about", "pages", "sitemaps"]);
  });
});
