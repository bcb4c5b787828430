import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { runWithDatabaseContext } from "@/lib/database-context";

// Work that runs on the scheduler's timer has no request around it. Next's revalidateTag needs
// one (outside a request it throws "Invariant: static generation store missing"), so code that
// refreshes caches asks here which situation it is in. The storage lives on globalThis because
// instrumentation and the app's route bundles may each get their own copy of this module.

const globalStore = globalThis as unknown as { coinmelaBackground?: AsyncLocalStorage<string> };
const storage = (globalStore.coinmelaBackground ??= new AsyncLocalStorage<string>());

/** Runs `work` marked as a background job named `name` (and everything it awaits), with the
 * database limits of editorial work rather than a reader's (src/lib/db.ts). */
export function runAsBackgroundJob<T>(name: string, work: () => Promise<T>): Promise<T> {
  return runWithDatabaseContext("work", () => storage.run(name, work));
}

/** The background job we are in, or null inside a request (a page, a server action, a route). */
export function currentBackgroundJob(): string | null {
  return storage.getStore() ?? null;
}
