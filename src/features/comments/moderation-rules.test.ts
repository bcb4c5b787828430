import { describe, expect, it } from "vitest";
import {
  changesPublicView,
  decisionApplies,
  noticeText,
  parseQueueCommand,
} from "./moderation-rules";

describe("changesPublicView", () => {
  it.each([
    // A comment enters or leaves what readers see…
    ["PENDING", "APPROVED", true],
    ["APPROVED", "SPAM", true],
    ["APPROVED", "DELETED", true],
    ["DELETED", "SPAM", true],
    // …or moves between states readers never see, or does not change.
    ["PENDING", "SPAM", false],
    ["SPAM", "PENDING", false],
    ["APPROVED", "APPROVED", false],
  ])("%s → %s: %s", (before, after, changes) => {
    expect(changesPublicView(before, after)).toBe(changes);
  });
});

describe("decisionApplies", () => {
  it.each([
    // Decisions that change nothing are skipped…
    ["APPROVED", "hi", "approve", false],
    ["PENDING", "hi", "approve", true],
    // …and a comment its author emptied by deleting it is never approved.
    ["DELETED", "", "approve", false],
    ["DELETED", "kept", "approve", true],
    ["APPROVED", "", "delete", true],
  ] as const)("%s comment %j, %s: %s", (status, body, decision, applies) => {
    expect(decisionApplies({ status, body }, decision)).toBe(applies);
  });
});

describe("parseQueueCommand", () => {
  it.each([
    ["approve:12", { kind: "decide", decision: "approve", target: 12 }],
    ["spam:selected", { kind: "decide", decision: "spam", target: "selected" }],
    ["ban:7", { kind: "ban", commentId: 7 }],
  ])("reads %s", (value, command) => {
    expect(parseQueueCommand(value)).toEqual(command);
  });

  it.each(["", "ban:selected", "publish:1", "approve:0", "approve:-1", "approve:1x"])(
    "rejects %j",
    (value) => {
      expect(parseQueueCommand(value)).toBeNull();
    },
  );
});

describe("noticeText", () => {
  it.each([
    ["approved", 1, "Approved: 1 comment."],
    ["deleted", 3, "Deleted: 3 comments."],
    ["<script>", 1, null],
    [undefined, 1, null],
  ])("counts comments and ignores unknown keys: %s, %i → %j", (key, count, text) => {
    expect(noticeText(key, count)).toBe(text);
  });
});
