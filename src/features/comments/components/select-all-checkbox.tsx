"use client";

import { useId, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Ticks or clears every comment checkbox of the form it sits in. Only rendered once scripts run;
 * without them, moderators tick the comments one by one.
 */
export function SelectAllCheckbox({ name, label }: { name: string; label: string }) {
  const id = useId();
  // false in the server's HTML, true once hydrated: a box that could do nothing is not shown.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
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
