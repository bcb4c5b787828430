import "server-only";
import { env } from "@/env";

// Cache refresh from outside a request. revalidateTag cannot run there (see background.ts), so the
// scheduler asks this very server to do it, through the revalidation route that deploy hooks use
// (src/app/api/revalidate/route.ts, Bearer REVALIDATE_SECRET). It calls the local server rather
// than SITE_URL: the public origin may be a CDN or a load balancer in front of another instance.
// At start-up the catch-up run may finish before the server listens, so refused connections
// are retried for a while.

const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 15_000];

let warnedNoSecret = false;

export function localServerOrigin(): string {
  return `http://127.0.0.1:${env.PORT}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Expires `tags` through POST /api/revalidate on this server. Resolves true when it did. */
export async function expireCacheTagsFromBackground(
  tags: readonly string[],
  options: { origin?: string; secret?: string | undefined; delaysMs?: readonly number[] } = {},
): Promise<boolean> {
  if (tags.length === 0) return true;
  const secret = "secret" in options ? options.secret : env.REVALIDATE_SECRET;
  if (!secret) {
    if (!warnedNoSecret) {
      warnedNoSecret = true;
      console.warn(
        "[scheduler] REVALIDATE_SECRET is not set, so pages cannot be refreshed when a scheduled " +
          "article goes live; cached pages catch up within their cache lifetime. `npm start` sets one.",
      );
    }
    return false;
  }
  const url = new URL("/api/revalidate", options.origin ?? localServerOrigin());
  const delays = options.delaysMs ?? RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return true;
      // An answer other than success will not change by asking again (bad secret, bad tag).
      console.error(
        `[scheduler] refreshing ${tags.length} cache tags failed: ${response.status} ${await response.text()}`,
      );
      return false;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) {
        console.error(`[scheduler] could not reach ${url.href} to refresh cache tags:`, error);
        return false;
      }
      await sleep(delay); // not listening yet (start-up) or a transient network error
    }
  }
}
