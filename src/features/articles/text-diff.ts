// A line diff for comparing article revisions, on jsdiff's `diffArrays` (Myers' algorithm): the
// lines only in the old text are marked removed and those only in the new text added. Texts whose
// differences are too many to compare line by line (`maxEditLength`) diff as replace-all.
import { diffArrays } from "diff";

export interface DiffLine {
  type: "same" | "added" | "removed";
  text: string;
}

/** Beyond this many line edits jsdiff stops looking and the page shows replace-all: an article
 * rewritten that much reads better that way, and the search stays fast (about (N + M) × 500). */
const MAX_EDIT_LENGTH = 500;

function splitLines(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [
      ...a.map((text) => ({ type: "removed" as const, text })),
      ...b.map((text) => ({ type: "added" as const, text })),
    ];
  }
  return changes.flatMap((change) =>
    change.value.map((text) => ({
      type: change.added
        ? ("added" as const)
        : change.removed
          ? ("removed" as const)
          : ("same" as const),
      text,
    })),
  );
}

/** How many lines a diff adds and removes. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.type === "added") added++;
    else if (line.type === "removed") removed++;
  }
  return { added, removed };
}
