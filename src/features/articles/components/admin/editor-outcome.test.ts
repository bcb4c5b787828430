import { describe, expect, it } from "vitest";
import type { EditorArticle } from "../../admin-queries";
import { editorOutcome } from "./editor-outcome";

const article = { id: 4, version: 3 } as EditorArticle;

describe("editorOutcome", () => {
  it("reads a save and a deletion", () => {
    expect(editorOutcome({ status: "ok", data: { message: "Saved.", article } })).toEqual({
      kind: "saved",
      message: "Saved.",
      article,
    });
    expect(
      editorOutcome({ status: "ok", data: { message: "Deleted “A”.", article: null } }),
    ).toEqual({ kind: "deleted", message: "Deleted “A”." });
  });

  it("puts field problems next to the fields under the editor's own message", () => {
    const outcome = editorOutcome({
      status: "error",
      code: 422,
      message: "Check the highlighted fields.",
      fieldErrors: { title: "Enter a title." },
    });
    expect(outcome).toEqual({
      kind: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { title: "Enter a title." },
    });
    // A taken slug found by the database (409 on the slug) is a field problem too.
    expect(
      editorOutcome({
        status: "error",
        code: 409,
        message: "Taken.",
        fieldErrors: { slug: "Taken." },
      }).kind,
    ).toBe("invalid");
  });

  it("keeps a step's own message when no field is at fault", () => {
    expect(
      editorOutcome({
        status: "error",
        code: 422,
        message: "Only drafts can be submitted for review.",
      }),
    ).toEqual({
      kind: "invalid",
      message: "Only drafts can be submitted for review.",
      fieldErrors: {},
    });
  });

  it("hands over their version on a conflict", () => {
    expect(
      editorOutcome({ status: "error", code: 409, message: "Someone else saved", detail: article }),
    ).toEqual({ kind: "conflict", message: "Someone else saved", theirs: article });
  });

  it("marks an ended session for a sign-in link", () => {
    expect(editorOutcome({ status: "error", code: 401, message: "Ended." })).toEqual({
      kind: "refused",
      message: "Ended.",
      signIn: true,
    });
    expect(editorOutcome({ status: "error", code: 403, message: "No." })).toMatchObject({
      kind: "refused",
      signIn: false,
    });
  });
});
