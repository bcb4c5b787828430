import { describe, expect, it } from "vitest";
import { isSiteLocalPath } from "./site-paths";

describe("isSiteLocalPath", () => {
  it("accepts paths on this site, with query and fragment", () => {
    for (const path of ["/", "/news/btc-rally", "/search?q=eth#results", "/a/./b/../c"]) {
      expect(isSiteLocalPath(path), path).toBe(true);
    }
  });

  it("refuses targets a browser would send to another host", () => {
    for (const path of [
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
    ]) {
      expect(isSiteLocalPath(path), JSON.stringify(path)).toBe(false);
    }
  });
});
