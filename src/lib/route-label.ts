// The route label of a request path for logs and metrics: the app's route pattern
// (`/news/[slug]`, `/[page]`, `/api/prices`) as Next's build lists it in
// .next/routes-manifest.json, never the raw URL, so metrics keep one series per route whatever
// readers request. Next's own files and anything no route matches fall into a few fixed labels.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface RoutesManifest {
  staticRoutes?: { page: string }[];
  dynamicRoutes?: { page: string; regex: string }[];
}

export const UNMATCHED_ROUTE = "(unmatched)";
/** A path of a file (a dot in its last segment) that no route answers: public/ files. */
export const FILE_ROUTE = "(file)";

export type RouteLabeller = (pathname: string) => string;

export function createRouteLabeller(manifest: RoutesManifest): RouteLabeller {
  const statics = new Set(
    (manifest.staticRoutes ?? []).map((route) => route.page).filter((page) => !isInternal(page)),
  );
  const dynamics = (manifest.dynamicRoutes ?? [])
    .filter((route) => !isInternal(route.page))
    .map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) {
      if (pathname.startsWith("/_next/static/")) return "/_next/static";
      if (pathname.startsWith("/_next/image")) return "/_next/image";
      return "/_next";
    }
    const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    if (statics.has(trimmed)) return trimmed;
    // Next's order: the first dynamic route that matches (most specific first in the manifest).
    for (const route of dynamics) if (route.regex.test(pathname)) return route.page;
    return /\.[^/]*$/.test(trimmed) ? FILE_ROUTE : UNMATCHED_ROUTE;
  };
}

/** Next's internal pages (`/_not-found`, `/_global-error`) are not paths anyone requests. */
function isInternal(page: string): boolean {
  return page.startsWith("/_");
}

/** The labeller of the build in `distDir`; everything counts as unmatched without a build. */
export function routeLabellerForBuild(distDir = path.join(process.cwd(), ".next")): RouteLabeller {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"),
    ) as RoutesManifest;
    return createRouteLabeller(manifest);
  } catch {
    return createRouteLabeller({});
  }
}
