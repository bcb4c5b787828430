"use client";

import type { ReactNode } from "react";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";
import type { ArticleFields } from "../../schemas";
import type { ArticleEditorState } from "./use-article-editor";

// Small labelled controls for the article editor: every control has a label, its hint and error
// are tied to it with aria-describedby, and an error marks it aria-invalid.

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows,
  required,
  maxLength,
  className,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  /** A textarea with this many rows; an input without. */
  rows?: number;
  required?: boolean;
  maxLength?: number;
  className?: string;
}) {
  const common = {
    id,
    value,
    required,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: `form-input ${className ?? ""}`,
  };
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** "42 / 60": a running count with a warning colour past the soft limit. */
export function LengthHint({
  length,
  limit,
  what,
}: {
  length: number;
  limit: number;
  what: string;
}) {
  const over = length > limit;
  return (
    <span className={over ? "font-semibold text-amber-800 dark:text-amber-300" : undefined}>
      {length} / {limit} characters{over ? ` — search results cut ${what} about here` : ""}
    </span>
  );
}

type TextKey = {
  [K in keyof ArticleFields]: string extends ArticleFields[K] ? K : never;
}[keyof ArticleFields];

/** A TextField for one of the article's text fields, showing and changing the editor's state. */
export function ArticleTextField({
  editor,
  name,
  onChange,
  ...rest
}: {
  editor: Pick<ArticleEditorState, "fields" | "errors" | "update">;
  name: TextKey;
  /** Instead of storing the value (e.g. to note that the slug was edited by hand first). */
  onChange?: (value: string) => void;
} & Omit<Parameters<typeof TextField>[0], "id" | "value" | "onChange" | "error">) {
  return (
    <TextField
      id={name}
      value={editor.fields[name]}
      onChange={onChange ?? ((value) => editor.update(name, value))}
      error={editor.errors[name]}
      {...rest}
    />
  );
}
