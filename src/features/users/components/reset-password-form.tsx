"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/forms";
import { resetPasswordAction } from "../actions";
import { PASSWORD_MIN } from "../rules";
import { Field, FormMessage } from "@/components/ui/form-parts";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Field
        label="New password"
        name="password"
        type="password"
        state={state}
        hint={`At least ${PASSWORD_MIN} characters, and not your username or email.`}
        autoComplete="new-password"
        required
      />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
