"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/forms";
import { forgotPasswordAction } from "../actions";
import { Field, FormMessage } from "@/components/ui/form-parts";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(forgotPasswordAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {state.status !== "ok" && (
        <>
          <Field
            label="Email Address"
            name="email"
            type="email"
            state={state}
            autoComplete="email"
            required
            maxLength={254}
          />
          <button type="submit" className="primary-button" disabled={pending}>
            {pending ? "Sending…" : "Send reset link"}
          </button>
        </>
      )}
    </form>
  );
}
