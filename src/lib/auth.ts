import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import {
  authSecret,
  decodeSessionToken,
  type SessionClaims,
  sessionClaims,
  sessionCookieName,
  sessionCookieOptions,
  userFromToken,
} from "./session-token";
import type { CurrentUser } from "./session-token";

// The current request's session: read (getCurrentUser), started and ended by the account actions,
// and the lifetime of the cookie next-auth's route sets. The token rules are in session-token.ts;
// next-auth's own options (the credentials provider, its callbacks) belong to the users feature
// (src/features/users/auth-options.ts), which src/lib does not import.

export type { CurrentUser };

/** The signed-in account of this request, freshly loaded, or null. Makes the render dynamic. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const raw = (await cookies()).get(sessionCookieName)?.value;
  if (!raw) return null;
  // A cookie we cannot decrypt (old secret, tampering) is simply signed out.
  const token = await decodeSessionToken(raw);
  // Not caught: a database that does not answer is an error (the error page, 503), not a
  // signed-out visitor; editors sent to the sign-in form mid-outage would think they lost work.
  return userFromToken(token);
}

/** Sets the session cookie for an account (the sign-in form's server action uses this). */
export async function startSession(
  user: { id: number; name: string; username: string; sessionVersion: number },
  remember: boolean,
): Promise<void> {
  const claims = sessionClaims(user, remember);
  const token = await encode({
    token: claims,
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName, token, sessionCookieOptions(claims));
}

/**
 * next-auth v4 gives its session cookie one lifetime for everyone (session.maxAge, 30 days here),
 * on sign-in through /api/auth/callback and again on every session read. Its options have no
 * per-token hook, so its route handler's answers pass through here: a session token it sets gets
 * the lifetime its own claims call for (see sessionCookieOptions). Clearing cookies pass as they
 * are.
 */
export async function fitSessionCookieLifetime(response: Response): Promise<Response> {
  if (!response.headers.getSetCookie().some((line) => line.startsWith(`${sessionCookieName}=`))) {
    return response;
  }
  // 204 and 304 answers may not carry a body, even an empty one.
  const body = response.status === 204 || response.status === 304 ? null : response.body;
  const fitted = new NextResponse(body, response);
  const token = fitted.cookies.get(sessionCookieName)?.value;
  if (!token) return response;
  const claims = (await decodeSessionToken(token)) as Partial<SessionClaims> | null;
  if (typeof claims?.authAt !== "number") return response;
  fitted.cookies.set(
    sessionCookieName,
    token,
    sessionCookieOptions({ remember: claims.remember === true, authAt: claims.authAt }),
  );
  return fitted;
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName);
}
