import { describe, expect, it } from "vitest";
import { cacheTagPattern, cacheTags, siteWideCacheTags } from "./cache-tags";

describe("cache tags", () => {
  it("lists every site-wide tag, and the route accepts each of them", () => {
    expect(siteWideCacheTags).toEqual(
      expect.arrayContaining(["site", "home", "sitemaps", "feeds"]),
    );
    for (const tag of siteWideCacheTags) expect(tag).toMatch(cacheTagPattern);
  });

  it("accepts per-item tags and refuses anything else", () => {
    expect(cacheTags.article("small-caps-2026")).toMatch(cacheTagPattern);
    expect(cacheTags.author("maya.okafor_2")).toMatch(cacheTagPattern);
    for (const bad of [
      "",
      "article:",
      "nope",
      "article:../x",
      "home ",
      "tag:a b",
      "_N_T_/layout",
    ]) {
      expect(bad).not.toMatch(cacheTagPattern);
    }
  });
});
