import { describe, expect, it } from "vitest";
import { hasUndecodablePath } from "./request-path";

describe("hasUndecodablePath", () => {
  it("flags paths whose percent-encoding does not decode, or decodes to control characters", () => {
    for (const url of [
      "/%ff",
      "/api/articles/%ff",
      "/api/articles/%00%ff",
      "/media/%ff",
      "/%E2%82",
      "/a%00b",
      "/x%0d%0aSet-Cookie:%20a=b",
    ]) {
      expect(hasUndecodablePath(url), url).toBe(true);
    }
  });

  it("lets every well-formed path through, query strings untouched", () => {
    for (const url of [
      "/",
      "/news/a-b",
      "/caf%C3%A9",
      "/search?q=%ff",
      "/tag/%E2%9C%93",
      "/news?page=2",
    ]) {
      expect(hasUndecodablePath(url), url).toBe(false);
    }
  });
});
