import { describe, expect, it } from "vitest";
import {
  buildThread,
  canDelete,
  canEdit,
  countLinks,
  filledTooFast,
  linkify,
  moderationStatus,
  parseCommentBody,
  pruneDeleted,
  relativeTime,
  statusAfterEdit,
} from "./rules";
import { postCommentSchema } from "./schemas";

describe("comment bodies", () => {
  const text = (value: string) => ({ type: "text", text: value });
  const link = (url: string) => ({ type: "link", href: url, text: url });

  it("splits paragraphs on blank lines and keeps line breaks", () => {
    const paragraphs = parseCommentBody("First line\nsecond line\n\n\nNew paragraph\r\n");
    expect(paragraphs).toEqual([
      [[text("First line")], [text("second line")]],
      [[text("New paragraph")]],
    ]);
  });

  it("links http(s) URLs and leaves trailing punctuation outside", () => {
    expect(linkify("See https://example.com/a?b=1, then (http://x.org/y).")).toEqual([
      text("See "),
      link("https://example.com/a?b=1"),
      text(", then ("),
      link("http://x.org/y"),
      text(")."),
    ]);
  });

  it("keeps balanced parentheses in a URL", () => {
    const url = "https://en.wikipedia.org/wiki/Bitcoin_(currency)";
    expect(linkify(url)[0]).toMatchObject({ type: "link", href: url });
  });

  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "ftp://x"])(
    "never links other schemes: %s",
    (text) => {
      expect(linkify(text).every((segment) => segment.type === "text")).toBe(true);
    },
  );

  it("stops a URL at markup characters", () => {
    expect(linkify('https://x.org/"onmouseover="alert(1)')[0]).toEqual(link("https://x.org/"));
  });

  it.each([
    ["only white space", { body: "   \n " }, false],
    ["5001 characters", { body: "x".repeat(5001) }, false],
    ["5000 characters", { body: "x".repeat(5000) }, true],
    ["a parent id that is not a number", { body: "ok", parentId: "abc" }, false],
  ])("validates length after trimming: %s", (_case, fields, valid) => {
    const base = { articleSlug: "a", formToken: "" };
    expect(postCommentSchema.safeParse({ ...base, ...fields }).success).toBe(valid);
  });
});

describe("moderation", () => {
  const body = "A fair point about valuations.";
  const links = "https://a.example https://b.example and https://c.example";

  it("counts the links in a comment", () => {
    expect(countLinks(links)).toBe(3);
  });

  it.each([
    ["holds a new account's first comment", "READER", false, body, "PENDING"],
    ["publishes later comments", "READER", true, body, "APPROVED"],
    ["holds comments with three or more links", "READER", true, links, "PENDING"],
    ["publishes comments with fewer links", "READER", true, "https://a.example", "APPROVED"],
    ["publishes editors' and admins' comments", "EDITOR", false, body, "APPROVED"],
  ])("%s", (_rule, role, hasApprovedComment, text, status) => {
    expect(moderationStatus({ role, hasApprovedComment, body: text })).toBe(status);
  });

  it("never raises a comment's status on edit", () => {
    const plain = "Edited: a fair point after all.";
    for (const current of ["SPAM", "PENDING"] as const) {
      for (const role of ["READER", "EDITOR", "ADMIN"]) {
        expect(statusAfterEdit({ current, role, body: plain })).toBe(current);
      }
    }
  });

  it.each([
    ["READER", "Fixed a typo.", "APPROVED"],
    ["READER", "https://a.example https://b.example https://c.example", "PENDING"],
    ["EDITOR", "https://a.example https://b.example https://c.example", "APPROVED"],
  ])(
    "keeps an approved comment approved unless the edit would be held: %s, %j",
    (role, text, status) => {
      expect(statusAfterEdit({ current: "APPROVED", role, body: text })).toBe(status);
    },
  );

  it("refuses forms posted faster than a person types", () => {
    expect(filledTooFast(1_000, 2_000)).toBe(true);
    expect(filledTooFast(1_000, 5_000)).toBe(false);
  });
});

describe("who may change a comment", () => {
  const createdAt = new Date("2026-01-01T10:00:00Z");
  const comment = { authorId: 7, createdAt, status: "APPROVED" };
  const minutes = (n: number) => new Date(createdAt.getTime() + n * 60_000);

  it.each([
    ["the author, after 14 minutes", "APPROVED", 7, 14, true],
    ["the author, after 16 minutes", "APPROVED", 7, 16, false],
    ["someone else", "APPROVED", 8, 1, false],
    ["the author, once deleted", "DELETED", 7, 1, false],
  ])("lets the author edit for 15 minutes: %s", (_case, status, userId, after, allowed) => {
    expect(canEdit({ ...comment, status }, userId, minutes(after))).toBe(allowed);
  });

  it.each([
    ["the author", "APPROVED", 7, "READER", true],
    ["another reader", "APPROVED", 8, "READER", false],
    ["an editor", "APPROVED", 8, "EDITOR", true],
    ["the author, once deleted", "DELETED", 7, "READER", false],
  ])(
    "lets the author or a moderator delete at any time: %s",
    (_case, status, id, role, allowed) => {
      expect(canDelete({ ...comment, status }, { id, role })).toBe(allowed);
    },
  );
});

describe("threads", () => {
  const item = (id: number, parentId: number | null, minute: number, status = "APPROVED") => ({
    id,
    parentId,
    status,
    createdAt: new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString(),
  });

  it("nests replies two levels deep and orders top-level comments both ways", () => {
    const items = [item(1, null, 0), item(2, 1, 1), item(3, 2, 2), item(4, null, 3)];
    const oldest = buildThread(items, "oldest");
    expect(oldest.map((n) => n.id)).toEqual([1, 4]);
    expect(oldest[0]?.replies[0]?.replies[0]?.id).toBe(3);
    expect(buildThread(items, "newest").map((n) => n.id)).toEqual([4, 1]);
  });

  it("keeps deleted comments only where replies hang from them", () => {
    const items = [item(1, null, 0, "DELETED"), item(2, 1, 1), item(3, null, 2, "DELETED")];
    expect(pruneDeleted(items).map((i) => i.id)).toEqual([1, 2]);
  });

  it.each([
    ["2026-01-02T09:59:40Z", "just now"],
    ["2026-01-02T09:55:00Z", "5 minutes ago"],
    ["2026-01-02T07:00:00Z", "3 hours ago"],
    ["2026-01-01T10:00:00Z", "1 day ago"],
  ])("shows %s as %j at 2026-01-02 10:00 UTC", (then, text) => {
    expect(relativeTime(new Date(then), new Date("2026-01-02T10:00:00Z"))).toBe(text);
  });
});
