"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "../../admin-actions";

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
  async function restore() {
    setState({ busy: true });
    try {
      const result = await restoreRevisionAction({
        articleId,
        revisionId,
        version: articleVersion,
      });
      if (result.status === "ok") {
        setState({ busy: false, message: `Restored as version ${result.article.version}.` });
        router.refresh();
      } else if (result.status === "conflict") {
        setState({
          busy: false,
          error: true,
          message: "The article changed since this page loaded. Reload the page and try again.",
        });
      } else if (result.status === "invalid") {
        const details = Object.values(result.fieldErrors).join(" ");
        setState({ busy: false, error: true, message: `${result.message} ${details}`.trim() });
      } else if (result.status === "deleted") {
        router.push("/admin/articles");
      } else {
        setState({ busy: false, error: true, message: result.message });
      }
    } catch {
      setState({
        busy: false,
        error: true,
        message: "The server could not be reached. Try again.",
      });
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
