import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, searchParamsSchema } from "./schemas";

describe("searchParamsSchema", () => {
  it("accepts anything a reader can type and keeps it bounded", () => {
    const long = "x".repeat(2000);
    expect(searchParamsSchema.parse({ q: long }).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(searchParamsSchema.parse({}).q).toBe("");
    expect(searchParamsSchema.parse({ q: ["a", "b"] }).q).toBe("a");
    expect(searchParamsSchema.parse({ q: '\'; DROP TABLE "Article"; --' }).q).toBe(
      '\'; DROP TABLE "Article"; --',
    );
    expect(searchParamsSchema.parse({ q: "tab\there\u0000" }).q).toBe("tab here");
  });

  it("drops a malformed category or page instead of failing", () => {
    expect(searchParamsSchema.parse({ category: "<x>", page: "-3" })).toEqual({
      q: "",
      category: undefined,
      page: 1,
    });
    expect(searchParamsSchema.parse({ category: "defi", page: "2" })).toEqual({
      q: "",
      category: "defi",
      page: 2,
    });
  });
});
