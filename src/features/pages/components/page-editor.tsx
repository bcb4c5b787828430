"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { type FieldSpec, SpecFields, TextArea } from "@/components/ui/action-forms";
import { controlAttributes, Labelled } from "@/components/ui/field-notes";
import { FormMessage } from "@/components/ui/form-parts";
import { idleForm } from "@/lib/forms";
import { createPageAction, previewPageAction, updatePageAction } from "../actions";

export interface PageEditorValues {
  id?: number;
  title: string;
  slug: string;
  bodySource: string;
  seoDescription: string;
  published: boolean;
}

const TITLE_FIELDS: FieldSpec[] = [
  { name: "title", label: "Title", required: true, maxLength: 120 },
  {
    name: "slug",
    label: "Slug",
    required: true,
    maxLength: 80,
    hint: "The page's URL is /<slug>. Changing the slug of a published page redirects the old URL (301).",
  },
];

/**
 * The static-page form: title, slug, Markdown body with a live preview (rendered on the server by
 * the same renderer and sanitizer as the public page), SEO description and the published switch.
 */
export function PageEditor({ page, initialHtml }: { page: PageEditorValues; initialHtml: string }) {
  const [state, formAction, pending] = useActionState(
    page.id ? updatePageAction : createPageAction,
    idleForm,
  );
  const body = state.values?.bodySource ?? page.bodySource;
  const [source, setSource] = useState(body);
  const [preview, setPreview] = useState({ html: initialHtml, error: "" });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const result = await previewPageAction(source);
        if (request !== latest.current) return; // a newer keystroke is being previewed
        setPreview(
          result.status === "ok"
            ? { html: result.data.html, error: "" }
            : { html: "", error: result.message },
        );
      } catch {
        if (request === latest.current)
          setPreview((p) => ({ ...p, error: "Preview unavailable right now." }));
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [source]);

  const published = state.values ? state.values.published === "on" : page.published;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {page.id && <input type="hidden" name="id" value={page.id} />}
      <SpecFields
        fields={TITLE_FIELDS}
        state={state}
        values={{ title: page.title, slug: page.slug }}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Labelled
          id="bodySource"
          label="Body (Markdown)"
          hint="Headings (###), lists, links, quotes and tables. HTML is cleaned exactly as on the public page."
          error={state.fieldErrors?.bodySource}
        >
          <textarea
            name="bodySource"
            rows={20}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            {...controlAttributes("bodySource", true, state.fieldErrors?.bodySource)}
            className="form-input font-mono text-sm"
          />
        </Labelled>
        <section aria-labelledby="preview-heading" className="min-w-0">
          <h2 id="preview-heading" className="form-label">
            Preview
          </h2>
          {preview.error && (
            <p role="alert" className="form-error">
              {preview.error}
            </p>
          )}
          <div
            data-testid="page-preview"
            className="article-body reading-text mt-1 max-h-[40rem] overflow-y-auto rounded-md border border-neutral-200 p-4 dark:border-neutral-800"
            tabIndex={0}
            aria-labelledby="preview-heading"
            // Sanitized on the server by renderMarkdown (src/features/articles/render.ts).
            dangerouslySetInnerHTML={{ __html: preview.html }}
          />
        </section>
      </div>
      <TextArea
        label="SEO description"
        name="seoDescription"
        state={state}
        defaultValue={page.seoDescription}
        rows={2}
        maxLength={300}
        hint="Shown by search engines under the title; at most 300 characters."
      />
      <div className="flex items-center gap-2">
        <input
          id="published"
          name="published"
          type="checkbox"
          key={String(published)}
          defaultChecked={published}
          className="size-4"
        />
        <label htmlFor="published" className="form-label">
          Published (readers can open it)
        </label>
      </div>
      <div>
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Saving…" : page.id ? "Save page" : "Create page"}
        </button>
      </div>
    </form>
  );
}
