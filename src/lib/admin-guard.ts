import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { ADMIN_PATH_HEADER, type AdminAction, can } from "@/lib/permissions";
import { type CurrentUser, getCurrentUser } from "./auth";

// Authorization for the admin, checked on the server by every admin page AND every admin server
// action and route handler (the layout's check alone would not stop a direct POST). The rules
// themselves live in src/lib/permissions.ts.

export type StaffUser = CurrentUser;

/**
 * For admin pages: the signed-in user if their role may `action`. Anonymous visitors go to the
 * sign-in page and come back to the page they asked for; signed-in users without the permission
 * get the 403 page (src/app/forbidden.tsx).
 */
export async function requirePagePermission(action: AdminAction): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) {
    const asked = (await headers()).get(ADMIN_PATH_HEADER);
    const returnTo = asked?.startsWith("/admin") ? asked : "/admin";
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (!can(user.role, action)) forbidden();
  return user;
}

export type Authorization =
  { ok: true; user: StaffUser } | { ok: false; status: 401 | 403; message: string };

/** For server actions and route handlers: never throws, says why not. */
export async function authorize(action: AdminAction): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user) {
    return { ok: false, status: 401, message: "Your session has ended. Sign in again." };
  }
  if (!can(user.role, action)) {
    return { ok: false, status: 403, message: "Your role may not do this." };
  }
  return { ok: true, user };
}

/** Route-handler form of a refusal. */
export function refusal(result: Extract<Authorization, { ok: false }>): Response {
  return Response.json({ error: result.message }, { status: result.status });
}
