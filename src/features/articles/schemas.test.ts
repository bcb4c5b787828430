import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import {
  articleListFiltersSchema,
  BLANK_FIELDS,
  saveArticleSchema,
  scheduleArticleSchema,
} from "./schemas";

const fields = {
  ...BLANK_FIELDS,
  title: "Bitcoin climbs",
  slug: "bitcoin-climbs",
  bodySource: "Body",
  categoryId: 3,
  authorIds: [7],
};

describe("saveArticleSchema", () => {
  it("accepts a complete save and trims text", () => {
    const parsed = saveArticleSchema.parse({
      id: null,
      version: null,
      fields: { ...fields, title: "  Bitcoin climbs  " },
    });
    expect(parsed.fields.title).toBe("Bitcoin climbs");
  });

  it("reports each problem under the editor's field name", () => {
    const result = saveArticleSchema.safeParse({
      id: 1,
      version: 2,
      fields: {
        ...fields,
        title: "",
        slug: "Bad Slug",
        authorIds: [],
        sponsored: true,
      },
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["authorIds", "slug", "sponsorName", "title"]);
    expect(errors.sponsorName).toMatch(/sponsor/);
  });

  it("wants a category id as a number", () => {
    const result = saveArticleSchema.safeParse({
      id: 1,
      version: 1,
      fields: { ...fields, categoryId: "3" },
    });
    expect(fieldErrors(result.error!).categoryId).toMatch(/category/);
  });

  it("reports a schedule's date and time beside the fields' problems", () => {
    const result = scheduleArticleSchema.safeParse({
      id: 1,
      version: 1,
      fields: { ...fields, title: "" },
      scheduleDate: "tomorrow",
      scheduleTime: "09:30",
    });
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(["scheduleDate", "title"]);
  });

  it("refuses an author listed twice", () => {
    const result = saveArticleSchema.safeParse({
      id: 1,
      version: 1,
      fields: { ...fields, authorIds: [7, 7] },
    });
    expect(fieldErrors(result.error!).authorIds).toMatch(/twice/);
  });
});

describe("articleListFiltersSchema", () => {
  it("ignores odd query values instead of failing the page", () => {
    expect(
      articleListFiltersSchema.parse({ status: "LIVE", category: "x", author: "-1", page: "abc" }),
    ).toEqual({ page: 1 });
    expect(articleListFiltersSchema.parse({ status: "SCHEDULED", page: "3", q: " eth " })).toEqual({
      status: "SCHEDULED",
      page: 3,
      q: "eth",
    });
  });
});
