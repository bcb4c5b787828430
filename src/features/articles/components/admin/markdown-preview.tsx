"use client";

import { useEffect, useState } from "react";
import { previewArticleBodyAction } from "../../admin-actions";

/** How long typing must pause before the preview is rendered again. */
const DEBOUNCE_MS = 400;

/**
 * The body as readers will see it. The HTML comes from the server, rendered and sanitized by the
 * same function as the public article page (render.ts): the browser never renders Markdown or
 * unsanitized HTML itself.
 */
export function MarkdownPreview({ source }: { source: string }) {
  const [rendered, setRendered] = useState<{ source: string; html: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const result = await previewArticleBodyAction(source);
        if (cancelled) return;
        if (result.status === "ok") {
          setRendered({ source, html: result.data.html });
          setProblem(null);
        } else {
          // Too long for the preview: its schema's own message, under the whole input ("form").
          setProblem(result.fieldErrors?.form ?? result.message);
        }
      } catch {
        if (!cancelled) setProblem("The preview could not be updated (no connection?).");
      }
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source]);

  const stale = rendered !== null && rendered.source !== source;
  return (
    <section
      aria-labelledby="preview-heading"
      className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="preview-heading" className="mb-2 flex items-center justify-between text-sm font-bold">
        Preview
        <span className="text-xs font-normal text-neutral-600 dark:text-neutral-400">
          {stale ? "Updating…" : "As on the public page"}
        </span>
      </h2>
      {problem && (
        <p role="status" className="form-error">
          {problem}
        </p>
      )}
      {rendered === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Rendering…</p>
      ) : rendered.html === "" ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">The body is empty.</p>
      ) : (
        <div
          data-testid="body-preview"
          className="article-body reading-text max-h-[70vh] overflow-y-auto"
          // Sanitized on the server by render.ts, exactly like the public page's body.
          dangerouslySetInnerHTML={{ __html: rendered.html }}
        />
      )}
    </section>
  );
}
