"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-parts";
import { type FormState, idleForm } from "@/lib/forms";
import { ROLES } from "@/lib/permissions";
import { changeRoleAction, sendResetLinkAction, setBanAction } from "../admin-actions";
import { ROLE_LABEL } from "../admin-rules";

const button =
  "inline-flex items-center rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A form about one account: its id travels hidden, the answer shows under the controls. */
function AccountForm({
  action,
  userId,
  children,
}: {
  action: Action;
  userId: number;
  children: (state: FormState, pending: boolean) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      {children(state, pending)}
      <FormMessage state={state} />
    </form>
  );
}

export function RoleForm({
  userId,
  username,
  role,
}: {
  userId: number;
  username: string;
  role: string;
}) {
  const id = `role-${userId}`;
  return (
    <AccountForm action={changeRoleAction} userId={userId}>
      {(state, pending) => (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={id} className="form-label">
                Role of {username}
              </label>
              <select
                id={id}
                name="role"
                defaultValue={role}
                className="form-input py-1.5"
                aria-invalid={state.fieldErrors?.role ? true : undefined}
              >
                {ROLES.map((value) => (
                  <option key={value} value={value}>
                    {ROLE_LABEL[value]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={button} disabled={pending}>
              {pending ? "Saving…" : "Change role"}
            </button>
          </div>
          {state.fieldErrors?.role && <p className="form-error">{state.fieldErrors.role}</p>}
        </>
      )}
    </AccountForm>
  );
}

export function BanForm({
  userId,
  username,
  banned,
}: {
  userId: number;
  username: string;
  banned: boolean;
}) {
  const spamId = `spam-${userId}`;
  return (
    <AccountForm action={setBanAction} userId={userId}>
      {(_state, pending) => (
        <>
          <input type="hidden" name="banned" value={banned ? "false" : "true"} />
          <div className="flex flex-wrap items-center gap-2">
            {!banned && (
              <span className="inline-flex items-center gap-1 text-sm">
                <input
                  id={spamId}
                  type="checkbox"
                  name="spamPending"
                  defaultChecked
                  className="size-4"
                />
                <label htmlFor={spamId}>Also mark their pending comments as spam</label>
              </span>
            )}
            <button
              type="submit"
              className={`${button} ${banned ? "" : "text-red-700 dark:text-red-300"}`}
              disabled={pending}
            >
              {banned ? `Unban ${username}` : `Ban ${username}`}
            </button>
          </div>
        </>
      )}
    </AccountForm>
  );
}

export function ResetLinkForm({ userId, username }: { userId: number; username: string }) {
  return (
    <AccountForm action={sendResetLinkAction} userId={userId}>
      {(_state, pending) => (
        <div>
          <button type="submit" className={button} disabled={pending}>
            {pending ? "Sending…" : `Send password reset link to ${username}`}
          </button>
        </div>
      )}
    </AccountForm>
  );
}
