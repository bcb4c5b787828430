import "server-only";
import { db } from "./db";

// The one account read every session check makes (getCurrentUser in src/lib/auth.ts, next-auth's
// jwt callback in src/features/users/auth-options.ts). It lives in src/lib, beside the session
// code, rather than being registered by the users feature at start-up: getCurrentUser runs in
// every bundle Next builds (pages, route handlers, server actions) and in tests that import it
// directly, and a loader registered from one of those places would be missing in the others.
// A lookup that is simply imported is there wherever the session code is. The users feature's
// queries build on the same select (src/features/users/queries.ts).

/** What a session knows about its account; never the password hash. */
export const sessionUserSelect = {
  id: true,
  username: true,
  name: true,
  email: true,
  role: true,
  avatarUrl: true,
  banned: true,
  sessionVersion: true,
  createdAt: true,
} as const;

export function findUserForSession(id: number) {
  return db.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findUserForSession>>>;
