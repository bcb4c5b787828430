import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/env";
import { sessionExpiry } from "./session-lifetime";
import { db } from "./db";

// Sessions are JWTs in an encrypted cookie (next-auth's format), each carrying its account's
// sessionVersion. Every read of a session — next-auth's /api/auth/session (the jwt callback in
// src/features/users/auth-options.ts) and getCurrentUser() in src/lib/auth.ts — loads the account
// here and rejects the token when the account is banned, gone, or its sessionVersion has moved on
// (password change or reset, role change, ban, "sign out everywhere"). So those take effect at
// the user's next request, without a session table.

// The one account read every session check makes (getCurrentUser in src/lib/auth.ts, next-auth's
// jwt callback in src/features/users/auth-options.ts). It lives in src/lib, in this session
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

export const secureSessionCookie = (env.NEXTAUTH_URL ?? env.SITE_URL).startsWith("https://");
export const sessionCookieName = `${secureSessionCookie ? "__Secure-" : ""}next-auth.session-token`;

export function authSecret(): string {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Start the site with `npm start` / `npm run dev` (which provide a " +
        "development secret with the embedded database) or set NEXTAUTH_SECRET.",
    );
  }
  return secret;
}

export interface SessionClaims {
  uid: number;
  sv: number;
  remember: boolean;
  authAt: number;
}

/** The claims of a new session token for an account. */
export function sessionClaims(
  user: { id: number; name: string; username: string; sessionVersion: number },
  remember: boolean,
): JWT & SessionClaims {
  return {
    sub: String(user.id),
    name: user.name,
    uid: user.id,
    sv: user.sessionVersion,
    remember,
    authAt: Date.now(),
  } satisfies JWT & SessionClaims;
}

/**
 * The session cookie's attributes for a token's claims. Without "Remember me" a browser-session
 * cookie (no Expires; the server ends the session after a day anyway); with it, the cookie ends
 * when the remembered session does, counted from sign-in, so no refresh ever extends it.
 */
export function sessionCookieOptions(claims: Pick<SessionClaims, "remember" | "authAt">) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureSessionCookie,
    ...(claims.remember ? { expires: new Date(sessionExpiry(claims.authAt, true)) } : {}),
  };
}

/** A session cookie's claims, or null when it cannot be decrypted (old secret, tampering). */
export async function decodeSessionToken(raw: string): Promise<JWT | null> {
  try {
    return await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
}

/**
 * The account a token belongs to, if the token is still good for it. A database that does not
 * answer throws: the callers decide what an outage means for them.
 */
export async function userFromToken(token: JWT | null): Promise<CurrentUser | null> {
  const claims = token as (JWT & Partial<SessionClaims>) | null;
  if (
    !claims ||
    typeof claims.uid !== "number" ||
    typeof claims.sv !== "number" ||
    typeof claims.authAt !== "number"
  ) {
    return null;
  }
  if (Date.now() > sessionExpiry(claims.authAt, claims.remember === true)) return null;
  const user = await findUserForSession(claims.uid);
  if (!user || user.banned || user.sessionVersion !== claims.sv) return null;
  return user;
}
