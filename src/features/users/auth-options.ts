import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { createAuthLogger } from "@/lib/auth-logger";
import { clientIp } from "@/lib/client-ip";
import { logger } from "@/lib/logger";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session-lifetime";
import {
  type SessionClaims,
  secureSessionCookie,
  sessionClaims,
  sessionCookieName,
  userFromToken,
} from "@/lib/session-token";
import type { CurrentUser } from "@/lib/session-token";
import { signInSchema } from "./schemas";
import { signInWithPassword } from "./sign-in";

// next-auth's options, for its route (src/app/api/auth/[...nextauth]/route.ts): the credentials
// sign-in for HTTP clients and the session check behind /api/auth/session. The session token's
// rules (cookie, claims, the account check) are src/lib/session-token.ts, shared with
// getCurrentUser.

class SessionEnded extends Error {
  override message = "SESSION_ENDED";
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: {
    sessionToken: {
      name: sessionCookieName,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureSessionCookie },
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
          ...sessionClaims(outcome.user, parsed.data.remember),
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
