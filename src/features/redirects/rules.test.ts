import { describe, expect, it } from "vitest";
import {
  findRedirectLoop,
  normalizeFromPath,
  normalizeTargetPath,
  tagsForRedirectPath,
} from "./rules";

describe("normalizeFromPath", () => {
  it("keeps a plain path, drops a trailing slash and percent-encodes", () => {
    expect(normalizeFromPath(" /old-page/ ")).toEqual({ path: "/old-page" });
    expect(normalizeFromPath("/café")).toEqual({ path: "/caf%C3%A9" });
    expect(normalizeFromPath("/2019/05/old-post")).toEqual({ path: "/2019/05/old-post" });
  });

  it("refuses what the proxy cannot or must not redirect", () => {
    for (const input of [
      "old-page",
      "//evil.example/x",
      "https://evil.example/",
      "/",
      "/has space",
      "/page?x=1",
      "/page#top",
      "/api/prices",
      "/admin",
      "/admin/settings",
      "/_next/static/x",
      "/feed.xml",
      "/images/logo.png",
      `/${"a".repeat(600)}`,
    ]) {
      expect(normalizeFromPath(input), input).toHaveProperty("problem");
    }
  });

  it("allows paths that merely start like a reserved word", () => {
    expect(normalizeFromPath("/apis")).toEqual({ path: "/apis" });
    expect(normalizeFromPath("/administration")).toEqual({ path: "/administration" });
  });
});

describe("normalizeTargetPath", () => {
  it("keeps query and fragment, refuses other sites", () => {
    expect(normalizeTargetPath("/search?q=btc#results")).toEqual({ path: "/search?q=btc#results" });
    expect(normalizeTargetPath("//evil.example")).toHaveProperty("problem");
    expect(normalizeTargetPath("https://evil.example")).toHaveProperty("problem");
    expect(normalizeTargetPath("javascript:alert(1)")).toHaveProperty("problem");
  });

  it("refuses targets that leave the site once dot segments are resolved", () => {
    for (const input of [
      "/.//evil.example/x",
      "/a/..//evil.example/x",
      "/%2e//evil.example/x",
      "/\\evil.example/x",
      "/./\\evil.example/x",
      "/https://evil.example/x",
      "/javascript:alert(1)",
    ]) {
      expect(normalizeTargetPath(input), input).toEqual({
        problem: expect.stringContaining("not another address"),
      });
    }
    expect(normalizeTargetPath("/a/./b/../c?x=1")).toEqual({ path: "/a/c?x=1" });
  });
});

describe("findRedirectLoop", () => {
  const existing = new Map<string, string | null>([
    ["/b", "/c"],
    ["/c", "/d/"],
    ["/x", null],
  ]);

  it("finds a redirect to itself", () => {
    expect(findRedirectLoop("/a", "/a?ref=1", existing)).toEqual(["/a", "/a"]);
  });

  it("finds a loop through a chain", () => {
    expect(findRedirectLoop("/d", "/b", existing)).toEqual(["/d", "/b", "/c", "/d"]);
  });

  it("accepts chains that end somewhere else", () => {
    expect(findRedirectLoop("/a", "/b", existing)).toBeNull();
    expect(findRedirectLoop("/a", "/x", existing)).toBeNull();
  });

  it("does not hang on an old loop that does not pass through the new path", () => {
    const looped = new Map<string, string | null>([
      ["/p", "/q"],
      ["/q", "/p"],
    ]);
    expect(findRedirectLoop("/a", "/p", looped)).toBeNull();
  });
});

describe("tagsForRedirectPath", () => {
  it("names the cached page a redirect takes over", () => {
    expect(tagsForRedirectPath("/news/old-story")).toEqual(["article:old-story"]);
    expect(tagsForRedirectPath("/learn/what-is-defi")).toEqual(["article:what-is-defi"]);
    expect(tagsForRedirectPath("/category/nft")).toEqual(["category:nft"]);
    expect(tagsForRedirectPath("/tag/etf")).toEqual(["tag:etf"]);
    expect(tagsForRedirectPath("/author/maya")).toEqual(["author:maya"]);
    expect(tagsForRedirectPath("/about")).toEqual(["page:about"]);
    expect(tagsForRedirectPath("/")).toEqual(["home"]);
    expect(tagsForRedirectPath("/news")).toEqual(["news"]);
    expect(tagsForRedirectPath("/learn")).toEqual(["guides"]);
  });

  it("names nothing for paths of no cached page", () => {
    expect(tagsForRedirectPath("/old/blog/2019/post")).toEqual([]);
    expect(tagsForRedirectPath("/news/%E2%9C%93")).toEqual([]);
  });
});
