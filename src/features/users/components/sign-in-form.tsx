"use client";

import Link from "next/link";
import { ActionForm, PasswordField } from "@/components/ui/form-kit";
import { Field } from "@/components/ui/form-parts";
import { signInAction } from "../actions";
import { OtherAccountPage } from "./account-fields";

/** The sign-in form of the /signin page and of the header's dialog. */
export function SignInForm({
  callbackUrl,
  notice,
  idPrefix = "",
  headingLevel = 1,
}: {
  callbackUrl: string;
  notice?: string;
  idPrefix?: string;
  /** 2 inside the dialog, where the page already has its h1. */
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div>
      <Heading className="text-2xl font-extrabold tracking-tight">Welcome back</Heading>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">Sign in to your account</p>
      <ActionForm
        action={signInAction}
        className="mt-5 flex flex-col gap-4"
        scripted
        hidden={{ callbackUrl }}
        notice={notice}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
      >
        {(state) => (
          <>
            <Field
              label="Username or Email Address"
              name="username"
              state={state}
              idPrefix={idPrefix}
              autoComplete="username"
              required
              maxLength={254}
            />
            <PasswordField
              kind="current"
              label="Password"
              name="password"
              state={state}
              idPrefix={idPrefix}
            />
            <RememberRow remembered={state.values ? state.values.remember === "on" : false} />
          </>
        )}
      </ActionForm>
      <OtherAccountPage
        question="No account yet?"
        path="/register"
        label="Register"
        callbackUrl={callbackUrl}
        className="mt-4 text-sm"
      />
    </div>
  );
}

/** "Remember me", ticked again when the server sends the form back, and the reset link. */
function RememberRow({ remembered }: { remembered: boolean }) {
  return (
    <div className="flex items-center justify-between gap-4 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="remember"
          key={String(remembered)}
          defaultChecked={remembered}
          className="size-4"
        />
        Remember me
      </label>
      <Link
        href="/forgot-password"
        prefetch={false}
        className="text-brand-700 underline dark:text-blue-300"
      >
        Lost your password?
      </Link>
    </div>
  );
}
