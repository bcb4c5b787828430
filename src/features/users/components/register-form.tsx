"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/form-kit";
import { Field } from "@/components/ui/form-parts";
import { registerAction } from "../actions";
import { PASSWORD_MIN, passwordStrength, USERNAME_MAX, usernameRulesText } from "../rules";
import {
  DisplayNameField,
  EmailField,
  NEW_PASSWORD_RULE,
  NewPasswordField,
  OtherAccountPage,
} from "./account-fields";

const STRENGTH_TEXT = {
  weak: `Too short: at least ${PASSWORD_MIN} characters.`,
  fair: "Fair: a longer password would be stronger.",
  good: "Good.",
  strong: "Strong.",
} as const;

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [password, setPassword] = useState("");
  return (
    <ActionForm
      action={registerAction}
      scripted
      hidden={{ callbackUrl }}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      footer={
        <OtherAccountPage
          question="Already registered?"
          path="/signin"
          label="Sign in"
          callbackUrl={callbackUrl}
        />
      }
    >
      {(state) => (
        <>
          <Field
            label="Username"
            name="username"
            state={state}
            hint={usernameRulesText}
            autoComplete="username"
            required
            maxLength={USERNAME_MAX}
          />
          <EmailField state={state} />
          <DisplayNameField state={state} hint="Shown with your comments." autoComplete="name" />
          <NewPasswordField
            label="Password"
            name="password"
            state={state}
            hint={`${NEW_PASSWORD_RULE} A few unrelated words make a strong one.`}
            onChange={setPassword}
          />
          {password && (
            <p aria-live="polite" className="-mt-2 text-sm" data-testid="password-strength">
              Strength: {STRENGTH_TEXT[passwordStrength(password)]}
            </p>
          )}
        </>
      )}
    </ActionForm>
  );
}
