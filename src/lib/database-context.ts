// What the database layer knows about the request it serves. The production server
// (scripts/next-server.ts) runs every request inside one of these contexts:
//  - `budget` picks the time limits: readers' pages and API get short ones, so that a stalled
//    database gives an answer within seconds; the admin, its API and background jobs get long
//    ones, so that heavy editorial work (big searches, merges) is not cut short;
//  - `unavailable` is set by the pool (src/lib/db-pool.ts) the first time the database fails to
//    answer in time. The server then answers 503 instead of 500, and any later query of the same
//    request fails at once instead of waiting out its own timeout.
// The storage lives on globalThis: the server script and the app's bundles each load their own
// copy of this module. No "server-only" here: the server script (plain Node) imports it.
import { AsyncLocalStorage } from "node:async_hooks";

export type DatabaseBudget = "reader" | "work";

export interface DatabaseContext {
  budget: DatabaseBudget;
  unavailable: boolean;
}

const STORAGE_KEY = Symbol.for("coinmela.databaseContext");

function storage(): AsyncLocalStorage<DatabaseContext> {
  const holder = globalThis as { [STORAGE_KEY]?: AsyncLocalStorage<DatabaseContext> };
  return (holder[STORAGE_KEY] ??= new AsyncLocalStorage<DatabaseContext>());
}

/** Runs `work` (and everything it starts) with a database context of its own. */
export function runWithDatabaseContext<T>(
  budget: DatabaseBudget,
  work: (context: DatabaseContext) => T,
): T {
  const context: DatabaseContext = { budget, unavailable: false };
  return storage().run(context, () => work(context));
}

/** The context of the request or job we are in; undefined outside any (`next dev`, scripts). */
export function currentDatabaseContext(): DatabaseContext | undefined {
  return storage().getStore();
}

/** The admin and its API do editorial work that may legitimately take long; readers do not. */
export function databaseBudgetForPath(pathname: string): DatabaseBudget {
  return /^\/(?:admin|api\/admin)(?:[/?]|$)/.test(pathname) ? "work" : "reader";
}
