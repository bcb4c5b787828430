import { type NextRequest, NextResponse } from "next/server";
import { resolveArticlePath } from "@/features/articles/article-paths";

/** Where unknown article URLs are rewritten: no route matches it, so the site's 404 answers. */
const NOT_FOUND_PATH = "/_unknown/article/404";

export async function proxy(request: NextRequest) {
  try {
    const outcome = await resolveArticlePath(request.nextUrl.pathname);
    if (outcome.type === "redirect")
      return NextResponse.redirect(new URL(outcome.location, request.url), outcome.status);
    if (outcome.type === "unknown")
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  } catch (error) {
    // The database is unreachable: let the page answer (it shows the error page, never a crash).
    console.error("proxy: could not resolve article path", request.nextUrl.pathname, error);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/news/:slug", "/learn/:slug"] };
