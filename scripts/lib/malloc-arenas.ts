// glibc gives each thread that allocates its own malloc arena (up to 8 per core), and memory freed
// in one is rarely handed back to the system. The Next.js server allocates from the main thread
// and libuv's pool threads (gzip of every compressed response, file reads), so under load its
// resident size kept growing with arenas full of freed memory. With two arenas, under the same
// 6-minute wrk load (article, home, category, /api/prices; half gzip) the server stayed at
// 280–350 MB instead of 510–540 MB (233 MB against 288 MB three idle minutes later), serving
// the same requests per second.

/** MALLOC_ARENA_MAX for the `next start` / `next dev` process: the operator's value, else 2. */
export function serverMallocArenaMax(env: NodeJS.ProcessEnv = process.env): string {
  return env.MALLOC_ARENA_MAX || "2";
}
