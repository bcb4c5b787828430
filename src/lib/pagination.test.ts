import { findPage } from "./paged-query";
import { describe, expect, it } from "vitest";
import {
  adminPageParam,
  firstParams,
  listHref,
  pageHref,
  pageTotal,
  queryParam,
} from "./pagination";

describe("page URLs", () => {
  it("leave page 1 without a page parameter and add it to a path with a query", () => {
    expect(pageHref("/news", 1)).toBe("/news");
    expect(pageHref("/news", 3)).toBe("/news?page=3");
    expect(pageHref("/search?q=btc", 2)).toBe("/search?q=btc&page=2");
  });

  it("keep a list's filters, leaving out the empty ones, with the page last", () => {
    expect(listHref("/admin/tags", { q: undefined }, 1)).toBe("/admin/tags");
    expect(listHref("/admin/tags", { q: "eth" }, 1)).toBe("/admin/tags?q=eth");
    expect(listHref("/admin/users", { q: "", role: "ADMIN" }, 2)).toBe(
      "/admin/users?role=ADMIN&page=2",
    );
    expect(listHref("/admin/articles", { category: 4, q: "a b&c" }, 3)).toBe(
      "/admin/articles?category=4&q=a+b%26c&page=3",
    );
  });
});

describe("query-string values", () => {
  it("read ?page= as a whole number from 1, else 1", () => {
    expect(adminPageParam("3")).toBe(3);
    expect(adminPageParam(["2", "5"])).toBe(2);
    for (const bad of [undefined, "0", "-1", "1.5", "abc", "1234567"]) {
      expect(adminPageParam(bad)).toBe(1);
    }
  });

  it("trim and cut a search, and drop an empty one", () => {
    expect(queryParam("  btc  ")).toBe("btc");
    expect(queryParam("   ")).toBeUndefined();
    expect(queryParam("abcdef", 3)).toBe("abc");
    expect(firstParams({ a: ["x", "y"], b: "z", c: undefined })).toEqual({ a: "x", b: "z" });
  });
});

describe("findPage", () => {
  it("counts what the where matches and reads the page's window of it (at least one page)", async () => {
    const calls: object[] = [];
    const model = {
      count: async (args: object) => (calls.push({ count: args }), 45),
      findMany: async (args: object) => (calls.push({ findMany: args }), [{ id: 1 }]),
    };
    const page = await findPage(model, { where: { q: "x" }, orderBy: { id: "asc" } }, 3, 10);
    expect(calls).toEqual([
      { count: { where: { q: "x" } } },
      { findMany: { where: { q: "x" }, orderBy: { id: "asc" }, skip: 20, take: 10 } },
    ]);
    expect(page).toEqual({ total: 45, pages: 5, items: [{ id: 1 }] });
    expect(pageTotal(0, 10)).toBe(1);
    expect(pageTotal(10, 10)).toBe(1);
    expect(pageTotal(11, 10)).toBe(2);
  });
});
