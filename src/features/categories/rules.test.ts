import { describe, expect, it } from "vitest";
import { moveInOrder, positionUpdates, tagsForCategoryChange, tagsForNavReorder } from "./rules";

describe("moveInOrder", () => {
  const ids = [10, 20, 30];
  it("swaps with the neighbour", () => {
    expect(moveInOrder(ids, 20, "up")).toEqual([20, 10, 30]);
    expect(moveInOrder(ids, 20, "down")).toEqual([10, 30, 20]);
  });
  it("leaves the ends and unknown ids alone", () => {
    expect(moveInOrder(ids, 10, "up")).toEqual(ids);
    expect(moveInOrder(ids, 30, "down")).toEqual(ids);
    expect(moveInOrder(ids, 99, "up")).toEqual(ids);
  });
});

describe("positionUpdates", () => {
  it("writes contiguous positions from 0, only where they differ", () => {
    const current = new Map([
      [10, 0],
      [20, 5],
      [30, 5],
    ]);
    expect(positionUpdates([10, 30, 20], current)).toEqual([
      { id: 30, position: 1 },
      { id: 20, position: 2 },
    ]);
    expect(positionUpdates([10], new Map([[10, 0]]))).toEqual([]);
  });
});

describe("tagsForCategoryChange", () => {
  const view = { slug: "defi", name: "DeFi", description: "" };
  const none = {
    articleSlugs: [],
    tagSlugs: [],
    authorUsernames: [],
    hasNews: false,
    hasGuides: false,
  };
  const some = {
    articleSlugs: ["a1"],
    tagSlugs: ["yield"],
    authorUsernames: ["maya"],
    hasNews: true,
    hasGuides: false,
  };

  it("a description edit refreshes only the category page", () => {
    expect(tagsForCategoryChange(view, { ...view, description: "New" }, some)).toEqual([
      "category:defi",
    ]);
  });

  it("a rename refreshes the nav and every page that prints the name", () => {
    expect(tagsForCategoryChange(view, { ...view, name: "Decentralized Finance" }, some)).toEqual([
      "article:a1",
      "author:maya",
      "category:defi",
      "feeds",
      "home",
      "news",
      "popular",
      "search",
      "site",
      "tag:yield",
    ]);
  });

  it("a slug change also refreshes the old and new URLs, the sitemap and redirects", () => {
    const tags = tagsForCategoryChange(view, { ...view, slug: "decentralized-finance" }, none);
    expect(tags).toEqual([
      "category:decentralized-finance",
      "category:defi",
      "redirects",
      "site",
      "sitemaps",
    ]);
  });

  it("creating and deleting an empty category touch the nav and sitemap", () => {
    expect(tagsForCategoryChange(null, view, none)).toEqual(["category:defi", "site", "sitemaps"]);
    expect(tagsForCategoryChange(view, null, none)).toEqual(["category:defi", "site", "sitemaps"]);
  });

  it("reordering touches the nav and the home page's blocks", () => {
    expect(tagsForNavReorder()).toEqual(["home", "site"]);
  });
});
