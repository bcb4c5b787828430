import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const DB_TIMEOUT_MS = 2000;

/** Liveness for load balancers and monitors: 200 when the database answers, 503 when not. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)),
          DB_TIMEOUT_MS,
        );
      }),
    ]);
    return NextResponse.json({ status: "ok", db: "ok" }, { headers });
  } catch (error) {
    console.error(
      "[health] database check failed:",
      error instanceof Error ? error.message : error,
    );
    return NextResponse.json({ status: "error", db: "down" }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}
