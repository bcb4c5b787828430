import { describe, expect, it } from "vitest";
import { routeArchive } from "./archive-paths";

describe("routeArchive", () => {
  it("leaves first pages and other paths to their own routes", () => {
    expect(routeArchive("/news", [])).toEqual({ type: "none" });
    expect(routeArchive("/category/bitcoin", ["1"])).toEqual({ type: "none" });
    expect(routeArchive("/news/some-article", ["2"])).toEqual({ type: "none" });
    expect(routeArchive("/search", ["2"])).toEqual({ type: "none" });
  });

  it("rewrites later pages to the cached internal route", () => {
    expect(routeArchive("/news", ["2"])).toEqual({ type: "rewrite", path: "/paged/news/all/2" });
    expect(routeArchive("/learn", ["3"])).toEqual({ type: "rewrite", path: "/paged/learn/all/3" });
    expect(routeArchive("/category/bitcoin", ["4"])).toEqual({
      type: "rewrite",
      path: "/paged/category/bitcoin/4",
    });
    expect(routeArchive("/tag/etf/", ["2"])).toEqual({ type: "rewrite", path: "/paged/tag/etf/2" });
    expect(routeArchive("/author/news-desk", ["2", "9"])).toEqual({
      type: "rewrite",
      path: "/paged/author/news-desk/2",
    });
  });

  it("answers 404 for pages that are not whole numbers", () => {
    for (const value of ["0", "-1", "abc", "2.5", "", "1e3", "9999999"]) {
      expect(routeArchive("/news", [value])).toEqual({ type: "not-found" });
    }
  });
});
