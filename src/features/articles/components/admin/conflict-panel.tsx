"use client";

import type { EditorArticle } from "../../admin-queries";
import type { ArticleFields } from "../../schemas";
import { diffLines } from "../../text-diff";
import { STATUS_LABELS } from "../../workflow-rules";
import { DiffLines } from "./diff-lines";

/** A stale save: their saved version beside the text kept in the form, and the two ways out. */
export function ConflictPanel({
  theirs,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: EditorArticle;
  mine: ArticleFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const parts: [string, string, string][] = [
    ["Title", theirs.fields.title, mine.title],
    ["Dek", theirs.fields.dek, mine.dek],
    ["Body", theirs.fields.bodySource, mine.bodySource],
  ];
  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded-md border-2 border-amber-500 p-4"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        Their version (version {theirs.version}) and yours
      </h2>
      <p className="text-sm">
        Lines marked − are only in theirs, + only in yours. Other fields of theirs: slug{" "}
        {theirs.fields.slug}, status {STATUS_LABELS[theirs.status]}.
      </p>
      {parts.map(([label, their, my]) => {
        const lines = diffLines(their, my);
        const changed = lines.some((line) => line.type !== "same");
        return (
          <div key={label} className="mt-3">
            <h3 className="text-sm font-semibold">
              {label}
              {changed ? "" : " (same in both)"}
            </h3>
            {changed && (
              <pre
                className="mt-1 max-h-64 overflow-auto rounded bg-neutral-50 p-2 text-xs whitespace-pre-wrap dark:bg-neutral-900"
                data-testid={`conflict-${label.toLowerCase()}`}
              >
                <DiffLines lines={lines} />
              </pre>
            )}
          </div>
        );
      })}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="primary-button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="chrome-button px-3" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
