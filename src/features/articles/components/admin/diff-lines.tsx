import type { DiffLine } from "../../text-diff";

// The lines of a diff (text-diff.ts), each marked "+ " (added), "− " (removed) or "  " and
// tinted to match. For the editor's conflict panel and the revisions page.

const TINT: Record<DiffLine["type"], string> = {
  added: "block bg-green-100 dark:bg-green-950",
  removed: "block bg-red-100 dark:bg-red-950",
  same: "block",
};
const MARK: Record<DiffLine["type"], string> = { added: "+ ", removed: "− ", same: "  " };
const SPOKEN: Record<DiffLine["type"], string> = {
  added: "added: ",
  removed: "removed: ",
  same: "",
};

/** `spoken`: screen readers hear "added:"/"removed:" instead of the marks. */
export function DiffLines({ lines, spoken = false }: { lines: DiffLine[]; spoken?: boolean }) {
  return lines.map((line, index) => (
    <span key={index} className={TINT[line.type]}>
      {spoken && <span className="sr-only">{SPOKEN[line.type]}</span>}
      {spoken ? <span aria-hidden="true">{MARK[line.type]}</span> : MARK[line.type]}
      {line.text}
    </span>
  ));
}
