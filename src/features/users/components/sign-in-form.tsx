"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleForm } from "@/lib/forms";
import { signInAction } from "../actions";
import { Field, FormMessage, ScriptMarker, useFollowRedirect } from "@/components/ui/form-parts";

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
  const [state, action, pending] = useActionState(signInAction, idleForm);
  useFollowRedirect(state);
  const remembered = state.values ? state.values.remember === "on" : false;
  return (
    <div>
      <Heading className="text-2xl font-extrabold tracking-tight">Welcome back</Heading>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">Sign in to your account</p>
      <form action={action} className="mt-5 flex flex-col gap-4" noValidate>
        <ScriptMarker />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {notice && state.status === "idle" && (
          <FormMessage state={{ status: "ok", message: notice }} />
        )}
        <FormMessage state={state} />
        <Field
          label="Username or Email Address"
          name="username"
          state={state}
          idPrefix={idPrefix}
          autoComplete="username"
          required
          maxLength={254}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          state={state}
          idPrefix={idPrefix}
          autoComplete="current-password"
          required
        />
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
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className="mt-4 text-sm">
        No account yet?{" "}
        <Link
          href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          prefetch={false}
          className="font-semibold text-brand-700 underline dark:text-blue-300"
        >
          Register
        </Link>
      </p>
    </div>
  );
}
