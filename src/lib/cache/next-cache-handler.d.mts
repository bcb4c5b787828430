// Types for the cache handler, which is plain JavaScript because Next loads it by path.
export function noteLookup(key: string, found: boolean, now?: number): void;
export function renderStartFor(key: string, storedAt: number): number;

interface CacheEntry {
  value: unknown;
  lastModified: number;
}

export default class SiteCacheHandler {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: unknown): Promise<void>;
}
