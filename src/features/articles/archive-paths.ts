import { parsePageParam } from "./pagination";

// Archive lists (All News, Learn, categories, tags, authors) keep their public URLs —
// `/category/bitcoin?page=2` — but are rendered by routes without searchParams, so that every page
// of every list is an ISR page served from the cache. src/proxy.ts rewrites `?page=N` (N ≥ 2) to the
// internal route /paged/<list>/<key>/<N>; page 1 is the list's own route. The internal URL itself
// must stay reachable (the client router fetches the rewritten path when it navigates), so its
// pages name the public URL as canonical instead.

export const ARCHIVE_LISTS = ["news", "learn", "category", "tag", "author"] as const;
export type ArchiveList = (typeof ARCHIVE_LISTS)[number];

/** The key of lists that have none (All News, Learn) in the internal path. */
export const NO_KEY = "all";

const INTERNAL_PREFIX = "/paged/";

export type ArchiveRouting =
  { type: "none" } | { type: "rewrite"; path: string } | { type: "not-found" };

const LIST_PATH = /^\/(?:(news|learn)|(category|tag|author)\/([^/]+))\/?$/;

/** What the proxy does with a request for `pathname` whose `page` query values are `pageValues`. */
export function routeArchive(pathname: string, pageValues: string[]): ArchiveRouting {
  const match = LIST_PATH.exec(pathname);
  if (!match) return { type: "none" };
  if (pageValues.length === 0) return { type: "none" };
  const page = parsePageParam(pageValues);
  if (page === null) return { type: "not-found" };
  if (page === 1) return { type: "none" };
  const list = (match[1] ?? match[2]) as ArchiveList;
  const key = match[3] ?? NO_KEY;
  return { type: "rewrite", path: `${INTERNAL_PREFIX}${list}/${key}/${page}` };
}
