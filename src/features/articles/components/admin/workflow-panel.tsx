"use client";

import type { ComponentProps } from "react";
import type { WorkflowStep } from "../../workflow-rules";
import { DeleteConfirm, SchedulePanel } from "./schedule-panel";
import type { ArticleEditorState } from "./use-article-editor";

/** One of the secondary workflow buttons. */
function StepButton({ className = "", ...props }: ComponentProps<"button">) {
  return <button type="button" className={`chrome-button px-3 ${className}`.trim()} {...props} />;
}

/** The workflow box: where the text stands, and the steps this user may take from here. */
export function WorkflowPanel({
  editor,
  steps,
  timeZone,
}: {
  editor: ArticleEditorState;
  /** The steps this user may take on the article as it is (workflow-rules.ts). */
  steps: WorkflowStep[];
  timeZone: string;
}) {
  const { busy, dirty, run } = editor;
  const status = editor.article?.status ?? null;
  const isLive = status === "PUBLISHED";
  const saveLabel = isLive
    ? "Update live article"
    : status === null || status === "DRAFT"
      ? "Save draft"
      : "Save";
  return (
    <section
      aria-labelledby="publish-heading"
      className="flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="publish-heading" className="font-bold">
        Workflow
      </h2>
      <p className="text-sm" aria-live="polite">
        {busy
          ? "Working…"
          : dirty
            ? "Unsaved changes (kept in this browser every 10 s)."
            : "All changes saved."}
      </p>
      <div className="flex flex-wrap gap-2">
        {steps.includes("save") && (
          <button type="submit" className="primary-button" disabled={busy !== null}>
            {saveLabel}
          </button>
        )}
        {steps.includes("submit") && status !== "IN_REVIEW" && (
          <StepButton disabled={busy !== null} onClick={() => run("submit")}>
            Submit for review
          </StepButton>
        )}
        {steps.includes("publish") && !isLive && (
          <StepButton disabled={busy !== null} onClick={() => run("publish")}>
            Publish now
          </StepButton>
        )}
        {steps.includes("schedule") && (
          <StepButton
            aria-expanded={editor.scheduleOpen}
            aria-controls="schedule-panel"
            onClick={() => editor.setScheduleOpen((open) => !open)}
          >
            Schedule…
          </StepButton>
        )}
        {steps.includes("unpublish") && (
          <StepButton disabled={busy !== null || dirty} onClick={() => run("unpublish")}>
            Unpublish
          </StepButton>
        )}
        {steps.includes("archive") && (
          <StepButton disabled={busy !== null || dirty} onClick={() => run("archive")}>
            Archive
          </StepButton>
        )}
        {steps.includes("delete") && (
          <StepButton
            className="text-red-700 dark:text-red-300"
            disabled={busy !== null}
            onClick={() => editor.setConfirmDelete(true)}
          >
            Delete…
          </StepButton>
        )}
      </div>
      {dirty && (steps.includes("unpublish") || steps.includes("archive")) && (
        <p className="form-hint">Save or discard your changes before unpublishing or archiving.</p>
      )}
      {editor.scheduleOpen && steps.includes("schedule") && (
        <SchedulePanel editor={editor} timeZone={timeZone} />
      )}
      {editor.confirmDelete && <DeleteConfirm editor={editor} />}
    </section>
  );
}
