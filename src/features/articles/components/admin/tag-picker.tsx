"use client";

import { useState } from "react";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";

/**
 * Tags: pick existing ones by typing (the list suggests them) or type a new name to create it
 * with the next save. Enter or "Add tag" adds what was typed.
 */
export function TagPicker({
  tags,
  tagIds,
  newTags,
  canCreate,
  error,
  onChange,
}: {
  tags: { id: number; name: string }[];
  tagIds: number[];
  newTags: string[];
  canCreate: boolean;
  error?: string;
  onChange: (next: { tagIds: number[]; newTags: string[] }) => void;
}) {
  const [typed, setTyped] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const byId = new Map(tags.map((tag) => [tag.id, tag.name]));

  function add() {
    const name = typed.trim().replace(/\s+/g, " ");
    if (!name) return;
    const existing = tags.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      if (!tagIds.includes(existing.id)) onChange({ tagIds: [...tagIds, existing.id], newTags });
      setNote(`Added tag ${existing.name}.`);
    } else if (!canCreate) {
      setNote(`There is no tag “${name}”. Only editors can create tags; pick one from the list.`);
      return;
    } else if (!newTags.some((tag) => tag.toLowerCase() === name.toLowerCase())) {
      onChange({ tagIds, newTags: [...newTags, name] });
      setNote(`New tag ${name} will be created when you save.`);
    }
    setTyped("");
  }

  const hint = canCreate
    ? "Type to find a tag; a name that does not exist yet becomes a new tag."
    : "Type to find a tag.";
  return (
    <fieldset>
      <legend className="form-label">Tags</legend>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="Chosen tags">
        {tagIds.map((id) => (
          <li
            key={`id-${id}`}
            className="flex items-center gap-1 rounded-full bg-neutral-100 px-3 py-1 text-sm dark:bg-neutral-800"
          >
            {byId.get(id) ?? `Tag ${id}`}
            <button
              type="button"
              className="rounded px-1 hover:bg-neutral-200 dark:hover:bg-neutral-700"
              aria-label={`Remove tag ${byId.get(id) ?? id}`}
              onClick={() => onChange({ tagIds: tagIds.filter((t) => t !== id), newTags })}
            >
              ×
            </button>
          </li>
        ))}
        {newTags.map((name) => (
          <li
            key={`new-${name}`}
            className="flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm dark:bg-neutral-800"
          >
            {name} <span className="text-xs">(new)</span>
            <button
              type="button"
              className="rounded px-1 hover:bg-neutral-200 dark:hover:bg-neutral-700"
              aria-label={`Remove new tag ${name}`}
              onClick={() => onChange({ tagIds, newTags: newTags.filter((t) => t !== name) })}
            >
              ×
            </button>
          </li>
        ))}
        {tagIds.length + newTags.length === 0 && (
          <li className="text-sm text-neutral-600 dark:text-neutral-400">No tags yet.</li>
        )}
      </ul>
      <div className="mt-2 flex gap-2">
        <label htmlFor="tag-input" className="sr-only">
          Add a tag
        </label>
        <input
          id="tag-input"
          list="tag-suggestions"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("tagIds", hint, error)}
          className="form-input mt-0"
        />
        <datalist id="tag-suggestions">
          {tags.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="button" className="chrome-button shrink-0 px-3" onClick={add}>
          Add tag
        </button>
      </div>
      <FieldNotes id="tagIds" hint={hint} error={error} />
      <p aria-live="polite" className="form-hint">
        {note}
      </p>
    </fieldset>
  );
}
