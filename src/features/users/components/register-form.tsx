"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { idleForm } from "@/lib/forms";
import { registerAction } from "../actions";
import { PASSWORD_MIN, passwordStrength, usernameRulesText } from "../rules";
import { Field, FormMessage, ScriptMarker, useFollowRedirect } from "@/components/ui/form-parts";

const STRENGTH_TEXT = {
  weak: `Too short: at least ${PASSWORD_MIN} characters.`,
  fair: "Fair: a longer password would be stronger.",
  good: "Good.",
  strong: "Strong.",
} as const;

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(registerAction, idleForm);
  const [password, setPassword] = useState("");
  useFollowRedirect(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <ScriptMarker />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <Field
        label="Username"
        name="username"
        state={state}
        hint={usernameRulesText}
        autoComplete="username"
        required
        maxLength={30}
      />
      <Field
        label="Email Address"
        name="email"
        type="email"
        state={state}
        autoComplete="email"
        required
        maxLength={254}
      />
      <Field
        label="Display name"
        name="name"
        state={state}
        hint="Shown with your comments."
        autoComplete="name"
        required
        maxLength={60}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        state={state}
        hint={`At least ${PASSWORD_MIN} characters, and not your username or email. A few unrelated words make a strong one.`}
        autoComplete="new-password"
        required
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      {password && (
        <p aria-live="polite" className="-mt-2 text-sm" data-testid="password-strength">
          Strength: {STRENGTH_TEXT[passwordStrength(password)]}
        </p>
      )}
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already registered?{" "}
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          prefetch={false}
          className="font-semibold text-brand-700 underline dark:text-blue-300"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
