// What the proxy remembers about URLs between requests (src/features/articles/article-paths.ts):
// slugs known to exist, and the set of redirect from-paths. Whatever moves or redirects a URL
// (a renamed category, tag or page, an edited redirect) calls forgetRedirectPaths(), so the next
// request in this process sees the change; other instances reload within the proxy's TTL.
// On globalThis: the proxy and the server actions may each load their own copy of this module.

export interface PathMemo {
  /** "kind/slug" keys known to exist, each with the time (ms) its knowledge ends. */
  known: Map<string, number>;
  /** From-paths of redirects outside the slug paths; null when not loaded (or forgotten). */
  redirectPaths: { paths: Set<string> | "too-many"; loadedAt: number } | null;
}

const KEY = Symbol.for("coinmela.pathMemo");

export function pathMemo(): PathMemo {
  const holder = globalThis as { [KEY]?: PathMemo };
  return (holder[KEY] ??= { known: new Map(), redirectPaths: null });
}

/** Called after redirects or slugs change: the next request looks again. */
export function forgetRedirectPaths(): void {
  const memo = pathMemo();
  memo.redirectPaths = null;
  // A renamed category or tag: its old slug must stop counting as known at once.
  memo.known.clear();
}
