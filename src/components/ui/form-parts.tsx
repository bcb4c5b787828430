"use client";

import { useEffect, useSyncExternalStore, type InputHTMLAttributes } from "react";
import { controlAttributes, Labelled } from "@/components/ui/field-notes";
import type { FormState } from "@/lib/forms";

/** "1" once the page is interactive: tells an action that the form will navigate by itself. */
const noSubscription = () => () => {};

export function ScriptMarker() {
  // false in the server HTML, true once hydrated.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? <input type="hidden" name="js" value="1" /> : null;
}

/** After a successful action from a script-enabled form, a full load of the next page. */
export function useFollowRedirect(state: FormState) {
  useEffect(() => {
    if (state.status === "ok" && state.redirectTo) goWithFullLoad(state.redirectTo);
  }, [state]);
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.status === "error" ? "alert" : "status"}
      className={
        state.status === "error"
          ? "rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          : "rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
      }
    >
      {state.message}
    </p>
  );
}

export function Field({
  label,
  name,
  state,
  hint,
  defaultValue,
  idPrefix = "",
  ...input
}: {
  label: string;
  name: string;
  state: FormState;
  hint?: string;
  idPrefix?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = `${idPrefix}${name}`;
  const error = state.fieldErrors?.[name];
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <input
        name={name}
        // A changed key re-mounts the input with the value the server sent back.
        key={`${name}:${state.values?.[name] ?? ""}:${String(defaultValue ?? "")}`}
        defaultValue={state.values?.[name] ?? defaultValue}
        {...controlAttributes(id, hint, error)}
        {...input}
      />
    </Labelled>
  );
}

/**
 * Navigates with a full page load, so everything that reads the session in the browser starts
 * afresh. Assigning a URL that differs from the current one only by its #hash would not load the
 * page, so that case reloads explicitly.
 */
export function goWithFullLoad(to: string) {
  const target = new URL(to, window.location.href);
  const here = window.location;
  if (target.pathname === here.pathname && target.search === here.search) {
    if (target.hash) here.hash = target.hash;
    here.reload();
  } else {
    here.assign(target.toString());
  }
}
