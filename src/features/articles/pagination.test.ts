import { describe, expect, it } from "vitest";
import { pageCount, pageHref, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("reads absent as page 1 and whole numbers as themselves", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam(["3", "4"])).toBe(3);
  });

  it.each(["0", "-1", "1.5", "abc", "", "01", "9999999", "2; DROP TABLE"])(
    "rejects %j",
    (value) => {
      expect(parsePageParam(value)).toBeNull();
    },
  );
});

describe("pageCount and pageHref", () => {
  it("counts at least one page", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(12)).toBe(1);
    expect(pageCount(13)).toBe(2);
  });

  it("keeps page 1 at the bare path", () => {
    expect(pageHref("/news", 1)).toBe("/news");
    expect(pageHref("/news", 3)).toBe("/news?page=3");
    expect(pageHref("/search?q=btc", 2)).toBe("/search?q=btc&page=2");
  });
});
