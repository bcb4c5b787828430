"use client";

import useSWR from "swr";

export interface ClientSessionUser {
  id: number;
  username: string;
  name: string;
  role: string;
  image: string | null;
}

async function fetchSession(url: string): Promise<ClientSessionUser | null> {
  const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return null;
  const body = (await response.json()) as { user?: ClientSessionUser };
  return body.user?.id ? body.user : null;
}

/**
 * The signed-in account, read in the browser from next-auth's /api/auth/session. Pages are cached
 * for everyone, so nothing about the session is rendered on the server; `undefined` while loading.
 */
export function useSessionUser(): ClientSessionUser | null | undefined {
  const { data } = useSWR("/api/auth/session", fetchSession, {
    revalidateOnFocus: true,
    dedupingInterval: 5_000,
  });
  return data;
}

/** Asks the header to open the sign-in dialog, returning to `callbackUrl` afterwards. */
export function openSignInDialog(callbackUrl?: string) {
  window.dispatchEvent(new CustomEvent("coinmela:sign-in", { detail: { callbackUrl } }));
}
