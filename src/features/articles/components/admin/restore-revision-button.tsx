"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "../../admin-actions";
import { editorOutcome } from "./editor-outcome";

/** Restores one revision as a new save, from the article version this page was loaded with. */
export function RestoreRevisionButton({
  articleId,
  revisionId,
  revisionVersion,
  articleVersion,
}: {
  articleId: number;
  revisionId: number;
  revisionVersion: number;
  articleVersion: number;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: boolean }>({
    busy: false,
  });
  const failed = (message: string) => setState({ busy: false, error: true, message });
  async function restore() {
    setState({ busy: true });
    try {
      const outcome = editorOutcome(
        await restoreRevisionAction({ articleId, revisionId, version: articleVersion }),
      );
      if (outcome.kind === "saved") {
        setState({ busy: false, message: `Restored as version ${outcome.article.version}.` });
        router.refresh();
      } else if (outcome.kind === "conflict") {
        failed("The article changed since this page loaded. Reload the page and try again.");
      } else if (outcome.kind === "invalid") {
        const details = Object.values(outcome.fieldErrors).join(" ");
        failed(`${outcome.message} ${details}`.trim());
      } else if (outcome.kind === "deleted") {
        router.push("/admin/articles");
      } else {
        failed(outcome.message);
      }
    } catch {
      failed("The server could not be reached. Try again.");
    }
  }
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        className="chrome-button px-3"
        disabled={state.busy}
        onClick={restore}
        aria-label={`Restore version ${revisionVersion}`}
      >
        {state.busy ? "Restoring…" : "Restore"}
      </button>
      {state.message && (
        <span
          role={state.error ? "alert" : "status"}
          className={state.error ? "form-error" : "form-hint"}
        >
          {state.message}
        </span>
      )}
    </span>
  );
}
