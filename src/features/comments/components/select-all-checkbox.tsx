"use client";

import { useId } from "react";

/**
 * Ticks or clears every comment checkbox of the form it sits in. Only rendered once scripts run;
 * without them, moderators tick the comments one by one.
 */
export function SelectAllCheckbox({ name, label }: { name: string; label: string }) {
  const id = useId();
  return (
    <span className="inline-flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        className="size-4"
        onChange={(event) => {
          const form = event.currentTarget.form;
          if (!form) return;
          for (const box of form.querySelectorAll<HTMLInputElement>(
            `input[type="checkbox"][name="${name}"]`,
          )) {
            box.checked = event.currentTarget.checked;
          }
        }}
      />
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
    </span>
  );
}
