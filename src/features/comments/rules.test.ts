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
  it("splits paragraphs on blank lines and keeps line breaks", () => {
    const paragraphs = parseCommentBody("First line\nsecond line\n\n\nNew paragraph\r\n");
    expect(paragraphs).toEqual([
      [[{ type: "text", text: "First line" }], [{ type: "text", text: "second line" }]],
      [[{ type: "text", text: "New paragraph" }]],
    ]);
  });

  it("links http(s) URLs and leaves trailing punctuation outside", () => {
    expect(linkify("See https://example.com/a?b=1, then (http://x.org/y).")).toEqual([
      { type: "text", text: "See " },
      { type: "link", href: "https://example.com/a?b=1", text: "https://example.com/a?b=1" },
      { type: "text", text: ", then (" },
      { type: "link", href: "http://x.org/y", text: "http://x.org/y" },
      { type: "text", text: ")." },
    ]);
  });

  it("keeps balanced parentheses in a URL", () => {
    expect(linkify("https://en.wikipedia.org/wiki/Bitcoin_(currency)")[0]).toMatchObject({
      type: "link",
      href: "https://en.wikipedia.org/wiki/Bitcoin_(currency)",
    });
  });

  it("never links other schemes", () => {
    for (const text of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
      "ftp://x",
    ]) {
      expect(linkify(text).every((segment) => segment.type === "text")).toBe(true);
    }
  });

  it("stops a URL at markup characters", () => {
    expect(linkify('https://x.org/"onmouseover="alert(1)')[0]).toEqual({
      type: "link",
      href: "https://x.org/",
      text: "https://x.org/",
    });
  });

  it("validates length after trimming", () => {
    const base = { articleSlug: "a", formToken: "" };
    expect(postCommentSchema.safeParse({ ...base, body: "   \n " }).success).toBe(false);
    expect(postCommentSchema.safeParse({ ...base, body: "x".repeat(5001) }).success).toBe(false);
    expect(postCommentSchema.safeParse({ ...base, body: "x".repeat(5000) }).success).toBe(true);
    expect(postCommentSchema.safeParse({ ...base, body: "ok", parentId: "abc" }).success).toBe(
      false,
    );
  });
});

describe("moderation", () => {
  const body = "A fair point about valuations.";
  it("holds a new account's first comment", () => {
    expect(moderationStatus({ role: "READER", hasApprovedComment: false, body })).toBe("PENDING");
  });

  it("publishes later comments", () => {
    expect(moderationStatus({ role: "READER", hasApprovedComment: true, body })).toBe("APPROVED");
  });

  it("holds comments with three or more links", () => {
    const links = "https://a.example https://b.example and https://c.example";
    expect(countLinks(links)).toBe(3);
    expect(moderationStatus({ role: "READER", hasApprovedComment: true, body: links })).toBe(
      "PENDING",
    );
    expect(
      moderationStatus({ role: "READER", hasApprovedComment: true, body: "https://a.example" }),
    ).toBe("APPROVED");
  });

  it("publishes editors' and admins' comments", () => {
    expect(moderationStatus({ role: "EDITOR", hasApprovedComment: false, body })).toBe("APPROVED");
  });

  it("never raises a comment's status on edit", () => {
    const plain = "Edited: a fair point after all.";
    for (const current of ["SPAM", "PENDING"] as const) {
      for (const role of ["READER", "EDITOR", "ADMIN"]) {
        expect(statusAfterEdit({ current, role, body: plain })).toBe(current);
      }
    }
  });

  it("keeps an approved comment approved unless the edit would be held", () => {
    const links = "https://a.example https://b.example https://c.example";
    expect(statusAfterEdit({ current: "APPROVED", role: "READER", body: "Fixed a typo." })).toBe(
      "APPROVED",
    );
    expect(statusAfterEdit({ current: "APPROVED", role: "READER", body: links })).toBe("PENDING");
    expect(statusAfterEdit({ current: "APPROVED", role: "EDITOR", body: links })).toBe("APPROVED");
  });

  it("refuses forms posted faster than a person types", () => {
    expect(filledTooFast(1_000, 2_000)).toBe(true);
    expect(filledTooFast(1_000, 5_000)).toBe(false);
  });
});

describe("who may change a comment", () => {
  const createdAt = new Date("2026-01-01T10:00:00Z");
  const comment = { authorId: 7, createdAt, status: "APPROVED" };
  const minutes = (n: number) => new Date(createdAt.getTime() + n * 60_000);

  it("lets the author edit for 15 minutes", () => {
    expect(canEdit(comment, 7, minutes(14))).toBe(true);
    expect(canEdit(comment, 7, minutes(16))).toBe(false);
    expect(canEdit(comment, 8, minutes(1))).toBe(false);
    expect(canEdit({ ...comment, status: "DELETED" }, 7, minutes(1))).toBe(false);
  });

  it("lets the author or a moderator delete at any time", () => {
    expect(canDelete(comment, { id: 7, role: "READER" })).toBe(true);
    expect(canDelete(comment, { id: 8, role: "READER" })).toBe(false);
    expect(canDelete(comment, { id: 8, role: "EDITOR" })).toBe(true);
    expect(canDelete({ ...comment, status: "DELETED" }, { id: 7, role: "READER" })).toBe(false);
  });
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

  it("shows relative times", () => {
    const now = new Date("2026-01-02T10:00:00Z");
    expect(relativeTime(new Date("2026-01-02T09:59:40Z"), now)).toBe("just now");
    expect(relativeTime(new Date("2026-01-02T09:55:00Z"), now)).toBe("5 minutes ago");
    expect(relativeTime(new Date("2026-01-02T07:00:00Z"), now)).toBe("3 hours ago");
    expect(relativeTime(new Date("2026-01-01T10:00:00Z"), now)).toBe("1 day ago");
  });
});
