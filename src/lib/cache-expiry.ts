import "server-only";
import { revalidateTag } from "next/cache";
import { env } from "@/env";
import { type SharedCache, sharedCache } from "./cache/shared-cache";

// The one way anything expires cache tags — an editor's action, a comment, the scheduler's
// timer, the revalidation route. It expires them in Next's cache (and, with REDIS_URL, for every
// instance) and purges the edge by the same tags (EDGE_PURGE_URLS), before it resolves: the next
// request anywhere sees the change.

/** This process's shared cache state, configured from the validated environment. */
export function processCache(): SharedCache {
  return sharedCache(() => ({
    redisUrl: env.REDIS_URL,
    edge: env.EDGE_PURGE_URLS
      ? { urls: env.EDGE_PURGE_URLS, secret: env.EDGE_PURGE_SECRET ?? "" }
      : undefined,
  }));
}

/**
 * Expires `tags` everywhere: the next request to any page carrying one of them is rebuilt, on
 * every instance and at the edge. Never rejects for an unreachable Redis or edge (they are
 * logged and retried); the caller's change has already been saved.
 */
export async function expireCacheTags(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  // Inside a request Next's revalidateTag also keeps this request from reading what it just
  // expired and tells the browser's router to refresh. Outside one (the scheduler's timer) it
  // refuses with "static generation store missing" before doing anything; the cache handler
  // then learns of the expiry from the shared state below on its next read.
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (!/static generation store missing/i.test(String(error))) throw error;
  }
  await processCache().expireTags(unique);
}
