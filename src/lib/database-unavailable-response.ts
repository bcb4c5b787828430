import "server-only";
import { NextResponse } from "next/server";
import { currentDatabaseContext } from "./database-context";
import { isDatabaseUnavailable } from "./db-pool";

/** Seconds a client is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = "5";

/** True when `error` (or an earlier query of this request) means the database did not answer in
 * time or could not be reached (src/lib/db-pool.ts). */
export function databaseWasUnavailable(error: unknown): boolean {
  return Boolean(currentDatabaseContext()?.unavailable) || isDatabaseUnavailable(error);
}

/** A JSON route's answer while the database is unavailable: 503, never stored by any cache. */
export function databaseUnavailableResponse(): NextResponse {
  return NextResponse.json(
    { error: "The service is temporarily unavailable. Please try again shortly." },
    {
      status: 503,
      headers: { "Cache-Control": "no-store", "Retry-After": RETRY_AFTER_SECONDS },
    },
  );
}

/** Runs a JSON route handler: a database that does not answer gives 503 JSON instead of an empty
 * 500; any other error is thrown on, as before. */
export async function answeringWhileDatabaseUnavailable(
  handler: () => Promise<Response>,
): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (!databaseWasUnavailable(error)) throw error;
    console.error(
      "[api] database unavailable:",
      error instanceof Error ? error.message : String(error),
    );
    return databaseUnavailableResponse();
  }
}
