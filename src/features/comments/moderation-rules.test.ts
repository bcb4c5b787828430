import { describe, expect, it } from "vitest";
import {
  changesPublicView,
  decisionApplies,
  noticeText,
  parseQueueCommand,
} from "./moderation-rules";

describe("changesPublicView", () => {
  it("is true when a comment enters or leaves what readers see", () => {
    expect(changesPublicView("PENDING", "APPROVED")).toBe(true);
    expect(changesPublicView("APPROVED", "SPAM")).toBe(true);
    expect(changesPublicView("APPROVED", "DELETED")).toBe(true);
    expect(changesPublicView("DELETED", "SPAM")).toBe(true);
  });
  it("is false between states readers never see, and for no change", () => {
    expect(changesPublicView("PENDING", "SPAM")).toBe(false);
    expect(changesPublicView("SPAM", "PENDING")).toBe(false);
    expect(changesPublicView("APPROVED", "APPROVED")).toBe(false);
  });
});

describe("decisionApplies", () => {
  it("skips decisions that change nothing", () => {
    expect(decisionApplies({ status: "APPROVED", body: "hi" }, "approve")).toBe(false);
    expect(decisionApplies({ status: "PENDING", body: "hi" }, "approve")).toBe(true);
  });
  it("never approves a comment its author emptied by deleting it", () => {
    expect(decisionApplies({ status: "DELETED", body: "" }, "approve")).toBe(false);
    expect(decisionApplies({ status: "DELETED", body: "kept" }, "approve")).toBe(true);
    expect(decisionApplies({ status: "APPROVED", body: "" }, "delete")).toBe(true);
  });
});

describe("parseQueueCommand", () => {
  it("reads single, bulk and ban commands", () => {
    expect(parseQueueCommand("approve:12")).toEqual({
      kind: "decide",
      decision: "approve",
      target: 12,
    });
    expect(parseQueueCommand("spam:selected")).toEqual({
      kind: "decide",
      decision: "spam",
      target: "selected",
    });
    expect(parseQueueCommand("ban:7")).toEqual({ kind: "ban", commentId: 7 });
  });
  it("rejects anything else", () => {
    for (const value of [
      "",
      "ban:selected",
      "publish:1",
      "approve:0",
      "approve:-1",
      "approve:1x",
    ]) {
      expect(parseQueueCommand(value)).toBeNull();
    }
  });
});

describe("noticeText", () => {
  it("counts comments and ignores unknown keys", () => {
    expect(noticeText("approved", 1)).toBe("Approved: 1 comment.");
    expect(noticeText("deleted", 3)).toBe("Deleted: 3 comments.");
    expect(noticeText("<script>", 1)).toBeNull();
    expect(noticeText(undefined, 1)).toBeNull();
  });
});
