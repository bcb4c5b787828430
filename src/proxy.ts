import { type NextRequest, NextResponse } from "next/server";
import { ADMIN_PATH_HEADER } from "@/lib/permissions";
import { routeArchive } from "@/features/articles/archive-paths";
import { resolveArticlePath } from "@/features/articles/article-paths";
import { logger } from "@/lib/logger";

/** Where unknown article URLs are rewritten: no route matches it, so the site's 404 answers. */
const NOT_FOUND_PATH = "/_unknown/article/404";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const forwarded = new Headers(request.headers);
    forwarded.set(ADMIN_PATH_HEADER, pathname + search);
    return NextResponse.next({ request: { headers: forwarded } });
  }
  const archive = routeArchive(pathname, request.nextUrl.searchParams.getAll("page"));
  if (archive.type === "rewrite") return NextResponse.rewrite(new URL(archive.path, request.url));
  if (archive.type === "not-found")
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  try {
    const outcome = await resolveArticlePath(request.nextUrl.pathname);
    if (outcome.type === "redirect")
      return NextResponse.redirect(new URL(outcome.location, request.url), outcome.status);
    if (outcome.type === "unknown")
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  } catch (error) {
    // The database is unreachable: let the page answer (it shows the error page, never a crash).
    logger().error(
      { err: error, path: request.nextUrl.pathname },
      "[proxy] could not resolve path",
    );
  }
  return NextResponse.next();
}

// Every page path: article and archive URLs (slug checks, ?page rewrites), the admin, and every
// other page path for redirects an admin added (see article-paths.ts). Not /api, not Next's own
// files, not paths of files (a dot in the last segment), which src/features/redirects/rules.ts
// refuses as redirect sources for that reason.
export const config = {
  matcher: ["/((?!api/|api$|_next/)(?:[^/]+/)*[^/.]*)"],
};
