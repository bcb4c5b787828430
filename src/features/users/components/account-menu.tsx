"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { endSessionAction } from "../actions";
import { goWithFullLoad } from "@/components/ui/form-parts";
import { SignInForm } from "./sign-in-form";
import { openSignInDialog, useSessionUser } from "./use-session";

const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/**
 * The header's account slot: "Sign in" (a link to /signin that, with JavaScript, opens the sign-in
 * dialog instead) or the account menu. It reads the session in the browser, so the pages that
 * show it stay cacheable.
 */
export function AccountMenu() {
  const user = useSessionUser();
  const dialog = useRef<HTMLDialogElement>(null);
  const [callbackUrl, setCallbackUrl] = useState("/");
  const [dialogKey, setDialogKey] = useState(0);
  // The form is in the document only while the dialog is open: one sign-in form per page.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const open = (event: Event) => {
      const detail = (event as CustomEvent<{ callbackUrl?: string }>).detail;
      setCallbackUrl(detail?.callbackUrl ?? here());
      setDialogKey((key) => key + 1); // a fresh form each time
      setOpen(true);
      dialog.current?.showModal();
    };
    window.addEventListener("coinmela:sign-in", open);
    return () => window.removeEventListener("coinmela:sign-in", open);
  }, []);

  if (user) {
    return (
      <details className="relative">
        <summary className="chrome-button cursor-pointer list-none gap-2 px-3 font-semibold">
          <Initials name={user.name} />
          <span className="hidden sm:inline">{user.name}</span>
          <span className="sr-only">: account menu</span>
        </summary>
        <div className="absolute right-0 z-30 mt-2 w-48 rounded-md border border-neutral-200 bg-white p-2 shadow-lg dark:border-neutral-700 dark:bg-neutral-900">
          <p className="px-2 py-1 text-xs text-neutral-600 dark:text-neutral-400">
            @{user.username}
          </p>
          <Link
            prefetch={false}
            href="/account"
            className="block rounded px-2 py-1.5 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
          >
            Your account
          </Link>
          <form
            action={async () => {
              await endSessionAction();
              goWithFullLoad(here());
            }}
          >
            <button
              type="submit"
              className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
            >
              Sign out
            </button>
          </form>
        </div>
      </details>
    );
  }

  return (
    <>
      <Link
        prefetch={false}
        href="/signin"
        className="chrome-button hidden px-3 font-semibold sm:inline-flex"
        onClick={(event) => {
          event.preventDefault();
          openSignInDialog(here());
        }}
      >
        Sign in
      </Link>
      <dialog
        ref={dialog}
        aria-label="Sign in"
        className="m-auto w-full max-w-md rounded-lg bg-white p-6 text-neutral-900 backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current?.close();
        }}
        onClose={() => setOpen(false)}
      >
        <div className="flex justify-end">
          <button type="button" className="chrome-button" onClick={() => dialog.current?.close()}>
            <span aria-hidden="true">✕</span>
            <span className="sr-only">Close</span>
          </button>
        </div>
        {open && (
          <SignInForm
            key={dialogKey}
            callbackUrl={callbackUrl}
            idPrefix="dialog-"
            headingLevel={2}
          />
        )}
      </dialog>
    </>
  );
}

export function Initials({ name }: { name: string }) {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
  return (
    <span
      aria-hidden="true"
      className="grid size-6 place-items-center rounded-full bg-brand-700 text-[10px] font-bold text-white"
    >
      {letters || "?"}
    </span>
  );
}
