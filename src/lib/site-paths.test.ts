import { describe, expect, it } from "vitest";
import { isSiteLocalPath } from "./site-paths";

describe("isSiteLocalPath", () => {
  it.each(["/", "/news/btc-rally", "/search?q=eth#results", "/a/./b/../c"])(
    "accepts %s: a path on this site, with query and fragment",
    (path) => {
      expect(isSiteLocalPath(path)).toBe(true);
    },
  );

  it.each([
    "//evil.example/x",
    "/\\evil.example/x",
    "/.//evil.example/x",
    "/./\\evil.example/x",
    "/a/..//evil.example/x",
    "/%2e//evil.example/x",
    "/\t/evil.example/x",
    "https://evil.example/x",
    "evil.example/x",
    "/https://evil.example/x",
    "/javascript:alert(1)",
    "",
  ])("refuses %j, which a browser would send to another host", (path) => {
    expect(isSiteLocalPath(path)).toBe(false);
  });
});
