"use client";

import {
  useActionState,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";
import { FormMessage } from "@/components/ui/form-parts";
import { type FormState, idleForm } from "@/lib/forms";

// Small form pieces shared by the site-administration pages (categories, tags, pages,
// redirects, settings). Every form is a plain <form> posting to a server action, so it works
// before (and without) JavaScript; useActionState shows the answer next to the form.

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A one-button form (move up, delete, …) with hidden fields. The answer is announced in a live
 * region beside the button.
 */
export function ButtonForm({
  action,
  fields,
  label,
  accessibleLabel,
  confirm,
  danger = false,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: ReactNode;
  /** A fuller name for screen readers, e.g. "Move Bitcoin up". */
  accessibleLabel?: string;
  /** Asked before submitting when scripts run (the action itself re-checks everything). */
  confirm?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form
      action={formAction}
      className="inline-flex flex-col"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className={`chrome-button px-3 ${danger ? "text-red-700 dark:text-red-300" : ""}`}
      >
        {label}
      </button>
      <span aria-live="polite" className="max-w-xs">
        {state.status === "error" && (
          <span role="alert" className="form-error block">
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}

/** A form whose answer (message and field errors) is shown above its fields. */
export function StatefulForm({
  action,
  children,
  submitLabel,
  className = "flex flex-col gap-4",
  resetOnSuccess = false,
}: {
  action: FormAction;
  children: (state: FormState) => ReactNode;
  submitLabel: string;
  className?: string;
  /** Forms that create something start empty again after success. */
  resetOnSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  // After a successful create, a new key empties the fields.
  const shown: FormState = resetOnSuccess && state.status === "ok" ? { status: "ok" } : state;
  return (
    <form action={formAction} className={className} noValidate>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {children(shown)}
      <div>
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}

export function TextArea({
  label,
  name,
  state,
  hint,
  defaultValue,
  idPrefix = "",
  ...rest
}: {
  label: string;
  name: string;
  state: FormState;
  hint?: string;
  idPrefix?: string;
  defaultValue?: string;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `${idPrefix}${name}`;
  const error = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue ?? "";
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        key={`${name}:${value}`}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="form-input"
        {...rest}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function Select({
  label,
  name,
  state,
  options,
  hint,
  defaultValue,
  idPrefix = "",
  ...rest
}: {
  label: string;
  name: string;
  state: FormState;
  options: readonly { value: string; label: string }[];
  hint?: string;
  idPrefix?: string;
  defaultValue?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `${idPrefix}${name}`;
  const error = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue ?? "";
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        key={`${name}:${value}`}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="form-input"
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
