"use client";

import Link from "next/link";
import { Field } from "@/components/ui/form-parts";
import { PasswordField } from "@/components/ui/form-kit";
import type { FormState } from "@/lib/forms";
import { PASSWORD_MIN } from "../rules";

// The field groups the account forms share (sign-in, registration, password reset, account page).

type FieldProps = Parameters<typeof Field>[0];

/** What a new password must be, under every field that asks for one. */
export const NEW_PASSWORD_RULE = `At least ${PASSWORD_MIN} characters, and not your username or email.`;

export function EmailField({ state }: { state: FormState }) {
  return (
    <Field
      label="Email Address"
      name="email"
      type="email"
      state={state}
      autoComplete="email"
      required
      maxLength={254}
    />
  );
}

/** The name shown with a member's comments (registration and the account page). */
export function DisplayNameField(
  props: { state: FormState } & Pick<FieldProps, "hint" | "autoComplete" | "defaultValue">,
) {
  return <Field label="Display name" name="name" {...props} required maxLength={60} />;
}

/** A field for a new password, with the rule it must follow as its hint. */
export function NewPasswordField({
  name,
  state,
  label = "New password",
  hint = NEW_PASSWORD_RULE,
  onChange,
}: {
  name: string;
  state: FormState;
  label?: string;
  hint?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <PasswordField
      kind="new"
      label={label}
      name={name}
      state={state}
      hint={hint}
      onChange={onChange && ((event) => onChange(event.currentTarget.value))}
    />
  );
}

/** "Already registered? Sign in": a link to the other account page, keeping where to go after. */
export function OtherAccountPage({
  question,
  path,
  label,
  callbackUrl,
  className = "text-sm",
}: {
  question: string;
  path: "/signin" | "/register";
  label: string;
  callbackUrl: string;
  className?: string;
}) {
  return (
    <p className={className}>
      {question}{" "}
      <Link
        href={`${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        prefetch={false}
        className="font-semibold text-brand-700 underline dark:text-blue-300"
      >
        {label}
      </Link>
    </p>
  );
}
