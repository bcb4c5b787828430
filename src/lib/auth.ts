import "server-only";
import type { NextAuthOptions } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { env } from "@/env";
import { findUserForSession } from "@/features/users/queries";
import { SESSION_HOURS, sessionExpiry } from "@/features/users/rules";
import { signInSchema } from "@/features/users/schemas";
import { signInWithPassword } from "@/features/users/sign-in";
import { createAuthLogger } from "./auth-logger";
import { clientIp } from "./client-ip";
import { logger } from "./logger";

// Sessions are JWTs in an encrypted cookie (next-auth's format), each carrying its account's
// sessionVersion. Every read of a session — next-auth's /api/auth/session and getCurrentUser()
// below — loads the account and rejects the token when the account is banned, gone, or its
// sessionVersion has moved on (password change or reset, role change, ban, "sign out
// everywhere"). So those take effect at the user's next request, without a session table.

const secureCookies = (env.NEXTAUTH_URL ?? env.SITE_URL).startsWith("https://");
export const sessionCookieName = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
const MAX_AGE_SECONDS = SESSION_HOURS.remembered * 3600;

function authSecret(): string {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Start the site with `npm start` / `npm run dev` (which provide a " +
        "development secret with the embedded database) or set NEXTAUTH_SECRET.",
    );
  }
  return secret;
}

interface SessionClaims {
  uid: number;
  sv: number;
  remember: boolean;
  authAt: number;
}

class SessionEnded extends Error {
  override message = "SESSION_ENDED";
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findUserForSession>>>;

/** The account a token belongs to, if the token is still good for it. */
async function userFromToken(token: JWT | null): Promise<CurrentUser | null> {
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

/** The signed-in account of this request, freshly loaded, or null. Makes the render dynamic. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const raw = (await cookies()).get(sessionCookieName)?.value;
  if (!raw) return null;
  let token: JWT | null;
  try {
    token = await decode({ token: raw, secret: authSecret() });
  } catch {
    return null; // a cookie we cannot decrypt (old secret, tampering): simply signed out
  }
  // Outside the try: a database that does not answer is an error (the error page, 503), not a
  // signed-out visitor; editors sent to the sign-in form mid-outage would think they lost work.
  return userFromToken(token);
}

function claimsFor(
  user: { id: number; name: string; username: string; sessionVersion: number },
  remember: boolean,
): JWT {
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
function sessionCookieOptions(claims: Pick<SessionClaims, "remember" | "authAt">) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies,
    ...(claims.remember ? { expires: new Date(sessionExpiry(claims.authAt, true)) } : {}),
  };
}

/** Sets the session cookie for an account (the sign-in form's server action uses this). */
export async function startSession(
  user: { id: number; name: string; username: string; sessionVersion: number },
  remember: boolean,
): Promise<void> {
  const claims = claimsFor(user, remember) as JWT & SessionClaims;
  const token = await encode({ token: claims, secret: authSecret(), maxAge: MAX_AGE_SECONDS });
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
  let claims: Partial<SessionClaims> | null = null;
  try {
    claims = (await decode({ token, secret: authSecret() })) as Partial<SessionClaims> | null;
  } catch {
    claims = null;
  }
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

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: MAX_AGE_SECONDS },
  cookies: {
    sessionToken: {
      name: sessionCookieName,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    // For HTTP clients (GET /api/auth/csrf, then POST /api/auth/callback/credentials). The site's
    // own forms use the server action in src/features/users/actions.ts, which shares the checks.
    CredentialsProvider({
      name: "username or email",
      credentials: {
        username: { label: "Username or Email Address", type: "text" },
        password: { label: "Password", type: "password" },
        remember: { label: "Remember me", type: "checkbox" },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const outcome = await signInWithPassword(
          parsed.data,
          clientIp(new Headers(request.headers as Record<string, string>)),
        );
        if (!outcome.ok) {
          // The message becomes ?error= on the sign-in page.
          throw new Error(
            outcome.error === "limited" ? `limited:${outcome.retryAfterSeconds}` : outcome.error,
          );
        }
        return {
          id: String(outcome.user.id),
          name: outcome.user.name,
          ...claimsFor(outcome.user, parsed.data.remember),
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { uid, sv, remember, authAt } = user as unknown as SessionClaims;
        return { ...token, uid, sv, remember, authAt };
      }
      let current: CurrentUser | null;
      try {
        current = await userFromToken(token);
      } catch (error) {
        // The database did not answer. Any throw here makes next-auth clear the cookie, which
        // would sign everyone out during an outage: keep the session as it was last checked.
        logger().warn({ err: error }, "[auth] session not rechecked: the database did not answer");
        return token;
      }
      // Throwing makes next-auth answer "no session" and clear the cookie.
      if (!current) throw new SessionEnded();
      return {
        ...token,
        name: current.name,
        username: current.username,
        role: current.role,
        picture: current.avatarUrl,
      };
    },
    // Runs right after jwt() above, which has just checked the account: no second read.
    session({ session, token }) {
      return {
        expires: session.expires,
        user: {
          id: token.uid,
          username: token.username,
          name: token.name,
          role: token.role,
          image: token.picture ?? null,
        },
      } as typeof session;
    },
  },
  logger: createAuthLogger(env.LOG_LEVEL),
};
