"use client";

import { ActionForm } from "@/components/ui/form-kit";
import { forgotPasswordAction } from "../actions";
import { EmailField } from "./account-fields";

export function ForgotPasswordForm() {
  return (
    <ActionForm
      action={forgotPasswordAction}
      submitLabel="Send reset link"
      pendingLabel="Sending…"
      closeOnSuccess
    >
      {(state) => <EmailField state={state} />}
    </ActionForm>
  );
}
