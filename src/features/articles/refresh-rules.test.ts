import { describe, expect, it } from "vitest";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";

const published: ArticleCacheSnapshot = {
  slug: "small-caps-rally",
  kind: "NEWS",
  categorySlug: "stocks",
  tagSlugs: ["small-caps", "russell-2000"],
  authorUsernames: ["editor"],
  isPublic: true,
  neighbourSlugs: ["older-story", "newer-story"],
  isPopular: false,
};

const everyPageShowingIt = [
  "article:newer-story",
  "article:older-story",
  "article:small-caps-rally",
  "author:editor",
  "authors",
  "category:stocks",
  "feeds",
  "home",
  "news",
  "redirects",
  "sitemaps",
  "tag:russell-2000",
  "tag:small-caps",
];

describe("tagsForArticleChange", () => {
  it("publishing refreshes the article, its neighbours, its lists, feeds and sitemaps", () => {
    const draft = { ...published, isPublic: false, neighbourSlugs: [] };
    expect(tagsForArticleChange(draft, published)).toEqual(everyPageShowingIt);
  });

  it("unpublishing and deleting refresh the same pages, so it leaves every list at once", () => {
    expect(tagsForArticleChange(published, { ...published, isPublic: false })).toEqual(
      everyPageShowingIt,
    );
    expect(tagsForArticleChange(published, null)).toEqual(everyPageShowingIt);
  });

  it("editing a draft or a scheduled article refreshes nothing", () => {
    const draft = { ...published, isPublic: false, neighbourSlugs: [] };
    expect(tagsForArticleChange(draft, { ...draft, slug: "renamed" })).toEqual([]);
    expect(tagsForArticleChange(null, draft)).toEqual([]);
  });

  it("moving category or retagging refreshes the old and the new lists", () => {
    const moved = { ...published, categorySlug: "crypto", tagSlugs: ["bitcoin"] };
    const tags = tagsForArticleChange(published, moved);
    expect(tags).toEqual(
      expect.arrayContaining([
        "category:stocks",
        "category:crypto",
        "tag:small-caps",
        "tag:bitcoin",
      ]),
    );
  });

  it("a new slug refreshes both URLs and the redirects", () => {
    const tags = tagsForArticleChange(published, { ...published, slug: "small-caps-lead" });
    expect(tags).toEqual(
      expect.arrayContaining(["article:small-caps-rally", "article:small-caps-lead", "redirects"]),
    );
  });

  it("guides refresh the Learn lists instead of All News; popular ones refresh Popular News", () => {
    const guide = { ...published, kind: "GUIDE" as const, isPopular: true };
    const tags = tagsForArticleChange(guide, guide);
    expect(tags).toContain("guides");
    expect(tags).not.toContain("news");
    expect(tags).toContain("popular");
  });

  it("names only tags the revalidation route accepts", async () => {
    const { cacheTagPattern } = await import("@/lib/cache-tags");
    for (const tag of tagsForArticleChange(published, { ...published, isPopular: true })) {
      expect(tag).toMatch(cacheTagPattern);
    }
  });
});
