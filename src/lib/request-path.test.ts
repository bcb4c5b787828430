import { describe, expect, it } from "vitest";
import { hasUndecodablePath } from "./request-path";

describe("hasUndecodablePath", () => {
  it.each(["/%ff", "/api/articles/%ff", "/api/articles/%00%ff", "/media/%ff", "/%E2%82"])(
    "flags %s, whose percent-encoding does not decode",
    (url) => {
      expect(hasUndecodablePath(url)).toBe(true);
    },
  );

  it.each(["/a%00b", "/x%0d%0aSet-Cookie:%20a=b"])(
    "flags %s, whose percent-encoding decodes to control characters",
    (url) => {
      expect(hasUndecodablePath(url)).toBe(true);
    },
  );

  it.each(["/", "/news/a-b", "/caf%C3%A9", "/search?q=%ff", "/tag/%E2%9C%93", "/news?page=2"])(
    "lets the well-formed %s through, query strings untouched",
    (url) => {
      expect(hasUndecodablePath(url)).toBe(false);
    },
  );
});
