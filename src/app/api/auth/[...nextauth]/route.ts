import NextAuth from "next-auth";
import { authOptions } from "@/features/users/auth-options";
import { fitSessionCookieLifetime } from "@/lib/auth";

type Handler = (
  request: Request,
  context: { params: Promise<{ nextauth?: string[] }> },
) => Promise<Response>;

const nextAuth = NextAuth(authOptions) as Handler;

/**
 * Session cookies get the lifetime of their session (remembered or not) on their way out; see
 * fitSessionCookieLifetime.
 *
 * next-auth's `_log` action (any path whose first segment after /api/auth is `_log`, as next-auth
 * reads it) passes a request body's level and code to the server logger: it is for next-auth's
 * browser client, which this site does not use, so it would only let anyone write to our log.
 */
const handler: Handler = async (request, context) => {
  const { nextauth } = await context.params;
  if (nextauth?.[0] === "_log") return new Response(null, { status: 404 });
  return fitSessionCookieLifetime(await nextAuth(request, context));
};

export { handler as GET, handler as POST };
