import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { decodeCached, encodeCached } from "./cache-codec";

/**
 * Wraps a database read in Next's data cache under the given tags. Pages rendered from cached
 * reads carry the same tags, so revalidating a tag rebuilds exactly the pages that used it.
 * The data cache stores JSON, so Dates are encoded on the way in and revived on the way out;
 * React's cache() makes repeated calls within one render (page + metadata) share one read.
 * Arguments must be JSON (they are part of the cache key).
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  options: { tags: (...args: NoInfer<Args>) => string[]; revalidate: number },
): (...args: Args) => Promise<Result> {
  return cache(async (...args: Args) => {
    const stored = await unstable_cache(
      async () => encodeCached(await read(...args)),
      [name, JSON.stringify(args)],
      { tags: options.tags(...args), revalidate: options.revalidate },
    )();
    return decodeCached(stored) as Result;
  });
}
