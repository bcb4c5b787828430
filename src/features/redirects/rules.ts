import { cacheTagPattern, cacheTags } from "@/lib/cache-tags";
import { isSiteLocalPath } from "@/lib/site-paths";
// Pure rules of the redirect admin: which paths may redirect, where to, and loops.

export const REDIRECT_STATUSES = [301, 302, 308] as const;
export type RedirectStatus = (typeof REDIRECT_STATUSES)[number];

export const PATH_MAX = 500;

/** Paths the proxy never sees or that must always answer themselves. */
const UNREDIRECTABLE = /^\/(?:api|_next|admin)(?:\/|$)/;

/**
 * A from-path as the proxy compares it with request.nextUrl.pathname: percent-encoded, no
 * query or fragment, no trailing slash. Returns the normalized path or a problem.
 */
export function normalizeFromPath(input: string): { path: string } | { problem: string } {
  const raw = input.trim();
  if (!raw.startsWith("/")) return { problem: "Start the path with “/”, like /old-page." };
  if (raw.startsWith("//")) return { problem: "Enter a path on this site, not another address." };
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return { problem: "Remove the spaces from the path." };
  if (/[?#]/.test(raw)) return { problem: "Leave out the query (?…) and fragment (#…)." };
  let path: string;
  try {
    path = new URL(raw, "http://site.invalid").pathname;
  } catch {
    return { problem: "That is not a valid path." };
  }
  if (path.length > 1) path = path.replace(/\/+$/, "");
  if (path === "/" || path === "") return { problem: "The home page cannot be redirected." };
  if (path.length > PATH_MAX) return { problem: `Use at most ${PATH_MAX} characters.` };
  if (UNREDIRECTABLE.test(path)) {
    return { problem: "Paths under /api, /_next and /admin cannot be redirected." };
  }
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (last.includes(".")) {
    return {
      problem: "Paths of files (with an extension like .xml or .png) cannot be redirected.",
    };
  }
  return { path };
}

/** A fixed target: a path on this site, optionally with a query and fragment. */
export function normalizeTargetPath(input: string): { path: string } | { problem: string } {
  const raw = input.trim();
  if (!raw.startsWith("/")) return { problem: "Enter a path on this site that starts with “/”." };
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return { problem: "Remove the spaces from the path." };
  if (raw.length > PATH_MAX) return { problem: `Use at most ${PATH_MAX} characters.` };
  let path: string;
  try {
    const url = new URL(raw, "http://site.invalid");
    path = url.pathname + url.search + url.hash;
  } catch {
    return { problem: "That is not a valid path." };
  }
  // Both forms: "/\\host" parses to another origin, and "/.//host" turns into "//host" only
  // once its dot segments are resolved — and the proxy sends the resolved form as Location.
  if (!isSiteLocalPath(raw) || !isSiteLocalPath(path)) {
    return {
      problem:
        "Enter a path on this site, not another address: it cannot lead to “//…”, “/\\…” or a scheme like https:.",
    };
  }
  return { path };
}

/** The path part of a target (what a redirect from-path would be compared with). */
export function targetPathname(target: string): string {
  const pathname = new URL(target, "http://site.invalid").pathname;
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
}

/**
 * Would a redirect from `fromPath` to `target` make a loop with the existing ones? `existing`
 * maps each other redirect's from-path to where it currently leads (null when it leads nowhere,
 * e.g. to an unpublished article). Returns the chain that loops, or null.
 */
export function findRedirectLoop(
  fromPath: string,
  target: string,
  existing: ReadonlyMap<string, string | null>,
): string[] | null {
  const chain = [fromPath];
  let next: string | null = targetPathname(target);
  const seen = new Set<string>();
  while (next !== null) {
    chain.push(next);
    if (next === fromPath) return chain;
    if (seen.has(next)) return null; // an old loop elsewhere: not this redirect's doing
    seen.add(next);
    const hop = existing.get(next);
    next = hop == null ? null : targetPathname(hop);
  }
  return null;
}

/**
 * The cache tags of the page a path showed until now: when a redirect starts (or stops) answering
 * for that path, the cached page there must go too — at the edge it would otherwise hide the
 * redirect until its lifetime ends. Paths of no cached page add nothing.
 */
export function tagsForRedirectPath(path: string): string[] {
  const slugPath = /^\/(news|learn|category|tag|author)\/([^/]+)$/.exec(path);
  const pageTags = (() => {
    if (slugPath) {
      const [, kind, slug] = slugPath as unknown as [string, string, string];
      if (kind === "news" || kind === "learn") return [cacheTags.article(slug)];
      if (kind === "category") return [cacheTags.category(slug)];
      if (kind === "tag") return [cacheTags.tag(slug)];
      return [cacheTags.author(slug)];
    }
    if (path === "/") return [cacheTags.home];
    if (path === "/news") return [cacheTags.news];
    if (path === "/learn") return [cacheTags.guides];
    return [cacheTags.page(path.slice(1))];
  })();
  // A path that makes no valid tag (percent-encoded, nested) names no cached page.
  return pageTags.filter((tag) => cacheTagPattern.test(tag));
}
