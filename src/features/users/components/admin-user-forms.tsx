"use client";

import { useActionState } from "react";
import { ROLES } from "@/lib/permissions";
import { idleForm } from "@/lib/forms";
import { changeRoleAction, sendResetLinkAction, setBanAction } from "../admin-actions";
import { ROLE_LABEL } from "../admin-rules";
import { FormMessage } from "@/components/ui/form-parts";

const button =
  "inline-flex items-center rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800";

export function RoleForm({
  userId,
  username,
  role,
}: {
  userId: number;
  username: string;
  role: string;
}) {
  const [state, action, pending] = useActionState(changeRoleAction, idleForm);
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
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
      <FormMessage state={state} />
    </form>
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
  const [state, action, pending] = useActionState(setBanAction, idleForm);
  const spamId = `spam-${userId}`;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
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
      <FormMessage state={state} />
    </form>
  );
}

export function ResetLinkForm({ userId, username }: { userId: number; username: string }) {
  const [state, action, pending] = useActionState(sendResetLinkAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <button type="submit" className={button} disabled={pending}>
          {pending ? "Sending…" : `Send password reset link to ${username}`}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
