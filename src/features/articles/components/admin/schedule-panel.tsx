"use client";

import { describedBy, FieldNotes } from "@/components/ui/field-notes";
import { formatInZone } from "@/features/admin/format";
import type { ArticleEditorState } from "./use-article-editor";

/** The date or the time of a schedule; the date's notes (below both) describe it. */
function ScheduleInput({
  editor: { schedule, setSchedule, errors },
  part,
  label,
  described,
}: {
  editor: ArticleEditorState;
  part: "date" | "time";
  label: string;
  described?: boolean;
}) {
  const id = part === "date" ? "scheduleDate" : "scheduleTime";
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <input
        id={id}
        type={part}
        value={schedule[part]}
        onChange={(event) => setSchedule((s) => ({ ...s, [part]: event.target.value }))}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={described ? describedBy(id, undefined, errors[id]) : undefined}
        className="form-input min-w-0"
      />
    </div>
  );
}

/** When a scheduled article goes live, picked in the site's time zone. */
export function SchedulePanel({
  editor,
  timeZone,
}: {
  editor: ArticleEditorState;
  timeZone: string;
}) {
  const { errors } = editor;
  const zoneNow = formatInZone(new Date(), timeZone).split(" ").at(-1);
  return (
    <fieldset
      id="schedule-panel"
      className="flex min-w-0 flex-col gap-2 rounded bg-neutral-50 p-3 dark:bg-neutral-900"
    >
      <legend className="form-label">Go live at (site time, {zoneNow})</legend>
      <div className="grid grid-cols-2 gap-2">
        <ScheduleInput editor={editor} part="date" label="Date" described />
        <ScheduleInput editor={editor} part="time" label={`Time (${zoneNow})`} />
      </div>
      <FieldNotes
        id="scheduleDate"
        hint={`Read in the site's time zone, ${timeZone}.`}
        error={errors.scheduleDate ?? errors.scheduleTime}
      />
      <button
        type="button"
        className="primary-button self-start"
        disabled={editor.busy !== null}
        onClick={() => editor.run("schedule")}
      >
        Confirm schedule
      </button>
    </fieldset>
  );
}

/** "Delete … for good?": the last word before a deletion. */
export function DeleteConfirm({ editor }: { editor: ArticleEditorState }) {
  return (
    <div
      role="alertdialog"
      aria-labelledby="delete-question"
      className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      <p id="delete-question" className="font-semibold">
        Delete “{editor.saved.title}” for good? Its revisions, comments and redirects go with it.
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className="primary-button bg-red-700 hover:bg-red-600"
          onClick={() => editor.run("delete")}
          autoFocus
        >
          Yes, delete it
        </button>
        <button
          type="button"
          className="chrome-button px-3"
          onClick={() => editor.setConfirmDelete(false)}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
