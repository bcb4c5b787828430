"use client";

import { ActionForm } from "@/components/ui/form-kit";
import { resetPasswordAction } from "../actions";
import { NewPasswordField } from "./account-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm
      action={resetPasswordAction}
      hidden={{ token }}
      submitLabel="Set new password"
      pendingLabel="Saving…"
    >
      {(state) => <NewPasswordField name="password" state={state} />}
    </ActionForm>
  );
}
