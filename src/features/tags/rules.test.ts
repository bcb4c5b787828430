import { describe, expect, it } from "vitest";
import { tagsForTagChange, tagsForTagMerge } from "./rules";

const tag = { slug: "etf", name: "ETF", description: "" };

describe("tagsForTagChange", () => {
  it("a description edit refreshes only the tag page", () => {
    expect(tagsForTagChange(tag, { ...tag, description: "Funds" }, ["a1"])).toEqual(["tag:etf"]);
  });

  it("a new name refreshes the tag page and the articles that show it", () => {
    expect(tagsForTagChange(tag, { ...tag, name: "ETFs" }, ["a1", "a2"])).toEqual([
      "article:a1",
      "article:a2",
      "tag:etf",
    ]);
  });

  it("a new slug also refreshes the tag list, redirects and the sitemap", () => {
    expect(tagsForTagChange(tag, { ...tag, slug: "etfs" }, ["a1"])).toEqual([
      "article:a1",
      "redirects",
      "sitemaps",
      "tag:etf",
      "tag:etfs",
      "tags",
    ]);
  });

  it("creating touches the tag list; deleting an unused tag no article page", () => {
    expect(tagsForTagChange(null, tag, [])).toEqual(["tag:etf", "tags"]);
    expect(tagsForTagChange(tag, null, [])).toEqual(["tag:etf", "tags"]);
  });
});

describe("tagsForTagMerge", () => {
  it("refreshes both tags, the moved articles, the list, sitemap and redirects", () => {
    expect(tagsForTagMerge(tag, { slug: "funds", name: "Funds", description: "" }, ["a1"])).toEqual(
      ["article:a1", "redirects", "sitemaps", "tag:etf", "tag:funds", "tags"],
    );
  });
});
