"use client";

import { useState } from "react";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";

/** Authors in byline order: the first is the byline; move, remove, add from staff and bylines. */
export function AuthorPicker({
  authors,
  authorIds,
  error,
  onChange,
}: {
  authors: { id: number; name: string; username: string }[];
  authorIds: number[];
  error?: string;
  onChange: (authorIds: number[]) => void;
}) {
  const [adding, setAdding] = useState("");
  const byId = new Map(authors.map((author) => [author.id, author]));
  const addable = authors.filter((author) => !authorIds.includes(author.id));

  function move(index: number, by: -1 | 1) {
    const next = [...authorIds];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  }

  return (
    <fieldset>
      <legend className="form-label">Authors</legend>
      <ol className="mt-1 flex flex-col gap-1" aria-label="Chosen authors, byline first">
        {authorIds.map((id, index) => {
          const name = byId.get(id)?.name ?? `User ${id}`;
          return (
            <li key={id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-40 font-semibold">
                {name}
                {index === 0 && <span className="ml-1 text-xs font-normal">(byline)</span>}
              </span>
              <button
                type="button"
                className="chrome-button px-2"
                disabled={index === 0}
                aria-label={`Move ${name} up`}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="chrome-button px-2"
                disabled={index === authorIds.length - 1}
                aria-label={`Move ${name} down`}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="chrome-button px-2"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(authorIds.filter((a) => a !== id))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      {addable.length > 0 && (
        <div className="mt-2 flex gap-2">
          <label htmlFor="author-add" className="sr-only">
            Add an author
          </label>
          <select
            id="author-add"
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("authorIds", undefined, error)}
            className="form-input mt-0"
          >
            <option value="">Add an author…</option>
            {addable.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name} (@{author.username})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="chrome-button shrink-0 px-3"
            disabled={!adding}
            onClick={() => {
              onChange([...authorIds, Number(adding)]);
              setAdding("");
            }}
          >
            Add author
          </button>
        </div>
      )}
      <FieldNotes id="authorIds" error={error} />
    </fieldset>
  );
}
