import { describe, expect, it } from "vitest";
import { queueQuerySchema, readQueueForm } from "./moderation-schemas";

describe("queueQuerySchema", () => {
  it("defaults to the first page of pending comments", () => {
    expect(queueQuerySchema.parse({})).toMatchObject({ status: "PENDING", page: 1 });
  });
  it("falls back instead of failing on malformed filters", () => {
    expect(
      queueQuerySchema.parse({ status: "EVERYTHING", article: "../etc", page: "-4" }),
    ).toMatchObject({ status: "PENDING", article: undefined, page: 1 });
    expect(queueQuerySchema.parse({ status: "SPAM", article: "a-b-1", page: "3" })).toMatchObject({
      status: "SPAM",
      article: "a-b-1",
      page: 3,
    });
  });
});

describe("readQueueForm", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    return data;
  };
  it("reads the pressed button, every ticked id and the ban option", () => {
    const parsed = readQueueForm(
      form([
        ["command", "spam:selected"],
        ["ids", "4"],
        ["ids", "9"],
        ["spamPending", "on"],
        ["status", "APPROVED"],
        ["article", "some-article"],
        ["page", "2"],
      ]),
    );
    expect(parsed.success && parsed.data).toEqual({
      command: "spam:selected",
      ids: [4, 9],
      spamPending: true,
      status: "APPROVED",
      article: "some-article",
      page: 2,
    });
  });
  it("rejects ids that are not positive whole numbers, and more than a page can hold", () => {
    expect(readQueueForm(form([["ids", "1; DROP TABLE"]])).success).toBe(false);
    expect(readQueueForm(form([["ids", "0"]])).success).toBe(false);
    const many = form(Array.from({ length: 201 }, (_, i) => ["ids", String(i + 1)]));
    expect(readQueueForm(many).success).toBe(false);
  });
});
