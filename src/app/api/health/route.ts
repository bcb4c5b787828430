import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api-route";
import { processCache } from "@/lib/cache-expiry";
import { pingDatabase } from "@/lib/db";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const DB_TIMEOUT_MS = 2000;

/** Resolves when the database answers a trivial query within DB_TIMEOUT_MS; rejects otherwise. */
async function databaseAnswers(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)),
          DB_TIMEOUT_MS,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness for load balancers and monitors: 200 when the database answers, 503 when not.
 * `cache` says where this instance's page cache lives: "local" (its own memory, no REDIS_URL),
 * "ok" (shared through Redis) or "down" (Redis unreachable: the instance serves from its own
 * memory meanwhile). A down cache still answers 200, so load balancers keep the instance.
 */
export const GET = apiRoute({
  name: "health",
  access: "public",
  run: async () => {
    const headers = { "Cache-Control": "no-store" };
    const cache = processCache().status();
    try {
      await databaseAnswers();
      return NextResponse.json({ status: "ok", db: "ok", cache }, { headers });
    } catch (error) {
      logger().error(
        { error: error instanceof Error ? error.message : String(error) },
        "[health] database check failed",
      );
      return NextResponse.json({ status: "error", db: "down", cache }, { status: 503, headers });
    }
  },
});
