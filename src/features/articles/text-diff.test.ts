import { describe, expect, it } from "vitest";
import { type DiffLine, diffLines, diffStats } from "./text-diff";

const render = (lines: DiffLine[]) =>
  lines.map((l) => `${l.type === "same" ? " " : l.type === "added" ? "+" : "-"}${l.text}`);

/** Applying a diff's kept and added lines must give the new text, its kept and removed the old. */
function sides(lines: DiffLine[]) {
  return {
    before: lines.filter((l) => l.type !== "added").map((l) => l.text),
    after: lines.filter((l) => l.type !== "removed").map((l) => l.text),
  };
}

describe("diffLines", () => {
  it("marks nothing for equal texts", () => {
    expect(render(diffLines("a\nb", "a\nb"))).toEqual([" a", " b"]);
  });

  it("finds a changed line between kept ones", () => {
    expect(render(diffLines("one\ntwo\nthree", "one\n2\nthree"))).toEqual([
      " one",
      "-two",
      "+2",
      " three",
    ]);
  });

  it("keeps the longest common subsequence when lines move", () => {
    const lines = diffLines("a\nb\nc\nd", "b\nc\na\nd");
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
    expect(sides(lines)).toEqual({ before: ["a", "b", "c", "d"], after: ["b", "c", "a", "d"] });
  });

  it("handles empty texts on either side", () => {
    expect(render(diffLines("", "new\nlines"))).toEqual(["+new", "+lines"]);
    expect(render(diffLines("old", ""))).toEqual(["-old"]);
    expect(diffLines("", "")).toEqual([]);
  });

  it("treats Windows line endings like Unix ones", () => {
    expect(render(diffLines("a\r\nb", "a\nb"))).toEqual([" a", " b"]);
  });

  it("always reproduces both texts", () => {
    const before = "# Title\n\nIntro\n\n## Part\nBody one\nBody two\n\nEnd";
    const after = "# Title\n\nNew intro\n\n## Part\nBody two\nBody three\n\nEnd\nP.S.";
    const lines = diffLines(before, after);
    expect(sides(lines)).toEqual({ before: before.split("\n"), after: after.split("\n") });
    expect(diffStats(lines)).toEqual({ added: 3, removed: 2 });
  });

  it("falls back to replace-all for texts with too many changes to compare line by line", () => {
    const before = Array.from({ length: 2100 }, (_, i) => `old ${i}`).join("\n");
    const after = Array.from({ length: 2100 }, (_, i) => `new ${i}`).join("\n");
    const lines = diffLines(before, after);
    expect(diffStats(lines)).toEqual({ added: 2100, removed: 2100 });
    expect(sides(lines)).toEqual({ before: before.split("\n"), after: after.split("\n") });
  });

  it("still finds the one changed line in a long text", () => {
    const before = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const after = [...before];
    after[2500] = "line 2500, corrected";
    const lines = diffLines(before.join("\n"), after.join("\n"));
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
    expect(lines.filter((line) => line.type !== "same").map((line) => line.text)).toEqual([
      "line 2500",
      "line 2500, corrected",
    ]);
  });
});
