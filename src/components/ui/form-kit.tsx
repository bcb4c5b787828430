"use client";

import { useActionState, type InputHTMLAttributes, type ReactNode } from "react";
import { Field, FormMessage, ScriptMarker, useFollowRedirect } from "@/components/ui/form-parts";
import { idleForm, type FormState } from "@/lib/forms";

// The skeleton of a form that posts to a server action (src/lib/action-chain.ts's formAction)
// and shows its answer above its fields, and the field groups such forms share. Built on
// form-parts.tsx; every form still works before (and without) JavaScript.

type StateAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A submit button that says what is happening while the action runs. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  className = "primary-button",
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  className?: string;
}) {
  return (
    <button type="submit" className={className} disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A form bound to `action` with useActionState: hidden fields, the answer's message, the fields
 * (a function of the answer, so they can show what the server sent back), the submit button and
 * what follows it.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  submitClassName,
  children,
  footer,
  hidden = {},
  scripted = false,
  notice,
  closeOnSuccess = false,
  className = "flex flex-col gap-4",
}: {
  action: StateAction;
  submitLabel: string;
  pendingLabel: string;
  submitClassName?: string;
  children: (state: FormState) => ReactNode;
  /** After the submit button, inside the form. */
  footer?: ReactNode;
  /** Hidden fields sent with every submission. */
  hidden?: Readonly<Record<string, string>>;
  /**
   * Tells the action when scripts run (ScriptMarker), so it answers where to go next instead of
   * redirecting; the form then follows with a full page load.
   */
  scripted?: boolean;
  /** A success message shown until the form is first answered (e.g. "Your password was changed."). */
  notice?: string;
  /** After success only the message stays: the fields and the button go. */
  closeOnSuccess?: boolean;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  useFollowRedirect(state);
  const open = !(closeOnSuccess && state.status === "ok");
  return (
    <form action={formAction} className={className} noValidate>
      {scripted && <ScriptMarker />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {notice && state.status === "idle" && (
        <FormMessage state={{ status: "ok", message: notice }} />
      )}
      <FormMessage state={state} />
      {open && (
        <>
          {children(state)}
          <SubmitButton
            pending={pending}
            label={submitLabel}
            pendingLabel={pendingLabel}
            className={submitClassName}
          />
          {footer}
        </>
      )}
    </form>
  );
}

type FieldProps = Parameters<typeof Field>[0];

/** A required password input; `kind` tells password managers whether to fill or to suggest one. */
export function PasswordField({
  kind,
  ...field
}: { kind: "current" | "new" } & Omit<FieldProps, "type" | "autoComplete" | "required">) {
  return <Field type="password" autoComplete={`${kind}-password`} required {...field} />;
}

/** Inputs that differ only by name and label (e.g. a group of links), in `labels`' order. */
export function FieldList<Name extends string>({
  labels,
  state,
  values,
  ...input
}: {
  labels: Readonly<Record<Name, string>>;
  state: FormState;
  /** Each field's value until the server sends the form back. */
  values: Readonly<Record<NoInfer<Name>, string>>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">) {
  return (Object.keys(labels) as Name[]).map((name) => (
    <Field
      key={name}
      label={labels[name]}
      name={name}
      state={state}
      defaultValue={values[name]}
      {...input}
    />
  ));
}
