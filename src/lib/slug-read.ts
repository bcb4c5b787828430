import "server-only";
import { cachedRead } from "./cached-read";

/**
 * A cached read by slug that keeps made-up slugs out of the cache: a slug that `known()` (itself
 * a cached list) does not name is answered null without a read or a cache entry, so arbitrary
 * URLs cannot fill the data cache.
 */
export function cachedSlugRead<T>(
  name: string,
  read: (slug: string) => Promise<T | null>,
  options: {
    known: () => Promise<readonly string[]>;
    tags: (slug: string) => string[];
    revalidate: number;
  },
): (slug: string) => Promise<T | null> {
  const { known, ...cacheOptions } = options;
  const cached = cachedRead(name, read, cacheOptions);
  return async (slug) => ((await known()).includes(slug) ? cached(slug) : null);
}
