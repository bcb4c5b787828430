"use client";

import {
  useActionState,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { controlAttributes, Labelled } from "@/components/ui/field-notes";
import { Field, FormMessage } from "@/components/ui/form-parts";
import { type FormState, idleForm } from "@/lib/forms";

// Small form pieces shared by the site-administration pages (categories, tags, pages,
// redirects, settings). Every form is a plain <form> posting to a server action, so it works
// before (and without) JavaScript; useActionState shows the answer next to the form.

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A one-button form (move up, delete, send a test event, …) with hidden fields. The answer is
 * announced in a live region beside the button: errors always, success messages when asked.
 */
export function ButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  accessibleLabel,
  confirm,
  danger = false,
  announceSuccess = false,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: ReactNode;
  /** Shown on the button while the action runs. */
  pendingLabel?: ReactNode;
  /** A fuller name for screen readers, e.g. "Move Bitcoin up". */
  accessibleLabel?: string;
  /** Asked before submitting when scripts run (the action itself re-checks everything). */
  confirm?: string;
  danger?: boolean;
  /** Also show the action's success message ("Test event queued."). */
  announceSuccess?: boolean;
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
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <span aria-live="polite" className="max-w-xs">
        {state.status === "error" && (
          <span role="alert" className="form-error block">
            {state.message}
          </span>
        )}
        {announceSuccess && state.status === "ok" && state.message && (
          <span role="status" className="block text-xs text-green-800 dark:text-green-300">
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}

/** The "Delete" button of a list item: asks first, says why when it is refused. */
export function DeleteButton({
  action,
  id,
  what,
  confirm,
}: {
  action: FormAction;
  id: number;
  /** What is deleted, for screen readers: "Delete <what>". */
  what: string;
  confirm: string;
}) {
  return (
    <ButtonForm
      action={action}
      fields={{ id }}
      label="Delete"
      accessibleLabel={`Delete ${what}`}
      confirm={confirm}
      danger
    />
  );
}

/** A form whose answer (message and field errors) is shown above its fields. */
export function StatefulForm({
  action,
  children,
  submitLabel,
  pendingLabel = "Saving…",
  className = "flex flex-col gap-4",
  submitClassName = "primary-button",
  resetOnSuccess = false,
}: {
  action: FormAction;
  children: (state: FormState) => ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  submitClassName?: string;
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
        <button type="submit" className={submitClassName} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** What a TextArea or Select shares: its name and id, the state it shows, a hint, a default. */
interface ControlProps {
  label: string;
  name: string;
  state: FormState;
  hint?: string;
  idPrefix?: string;
  defaultValue?: string;
}

/** The id, error and shown value of a control (what the server sent back wins over the default). */
function controlState({ name, state, idPrefix = "", defaultValue }: ControlProps) {
  const id = `${idPrefix}${name}`;
  const value = state.values?.[name] ?? defaultValue ?? "";
  return { id, error: state.fieldErrors?.[name], value, key: `${name}:${value}` };
}

export function TextArea({
  label,
  name,
  state,
  hint,
  defaultValue,
  idPrefix,
  ...rest
}: ControlProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, error, value, key } = controlState({ label, name, state, idPrefix, defaultValue });
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <textarea
        name={name}
        key={key}
        defaultValue={value}
        {...controlAttributes(id, hint, error)}
        {...rest}
      />
    </Labelled>
  );
}

export function Select({
  label,
  name,
  state,
  options,
  hint,
  defaultValue,
  idPrefix,
  ...rest
}: ControlProps & {
  options: readonly { value: string; label: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, error, value, key } = controlState({ label, name, state, idPrefix, defaultValue });
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <select
        name={name}
        key={key}
        defaultValue={value}
        {...controlAttributes(id, hint, error)}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** One field of a form written as data: a text input (the default), a text area or a select. */
export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  as?: "input" | "textarea" | "select";
  /** A select's choices. */
  options?: readonly { value: string; label: string }[];
  /** An input's type ("url", "file", …). */
  type?: string;
  /** A file input's accepted types. */
  accept?: string;
  required?: boolean;
  maxLength?: number;
  /** A text area's height. */
  rows?: number;
}

/** The fields of a form from their specs, each showing `values[name]` until the server answers. */
export function SpecFields({
  fields,
  state,
  values = {},
  idPrefix,
}: {
  fields: readonly FieldSpec[];
  state: FormState;
  values?: Readonly<Record<string, string>>;
  idPrefix?: string;
}) {
  return fields.map(({ as = "input", options = [], rows, ...field }) => {
    const shared = { ...field, state, idPrefix, defaultValue: values[field.name] };
    if (as === "textarea") return <TextArea key={field.name} {...shared} rows={rows} />;
    if (as === "select") return <Select key={field.name} {...shared} options={options} />;
    return <Field key={field.name} {...shared} />;
  });
}
