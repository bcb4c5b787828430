import "server-only";
import { env } from "@/env";
import { currentDatabaseContext, type DatabaseBudget } from "./database-context";
import type { DatabaseLimits } from "./db-pool";
import { createAppPrismaClient, type PrismaClient } from "./prisma-client";

/** Small margin between the server's statement_timeout and the client's own limit for the work
 * budget: a live server cancels first, and the connection stays usable. */
const WORK_QUERY_MARGIN_MS = 1000;
/** The work budget's wait for a connection. A database that is merely slow to accept connections
 * (just thawed, or a burst on a busy machine: the soak saw connects past 1 s) must not turn an
 * editor's save into an error page; readers keep their short limit. */
const WORK_CONNECT_TIMEOUT_MS = 5_000;

/**
 * The time limits of each budget (src/lib/database-context.ts). Readers' requests: a stalled
 * database answers 503 within about DB_CONNECT_TIMEOUT_MS + DB_QUERY_TIMEOUT_MS at worst (2.5 s
 * with the defaults). The admin, its API and background jobs: DB_ADMIN_STATEMENT_TIMEOUT_MS, so
 * that heavier editorial work (searches and merges over every article) is not cut short, yet an
 * editor whose database stopped answering gets the error page within about 14 s at worst (5 s to
 * connect, 8 + 1 s for an answer), before the edge's 15 s first-byte limit. Outside any context
 * (`next dev`, which does not run our server) the readers' limits apply.
 */
export function databaseLimits(budget: DatabaseBudget): DatabaseLimits {
  const connectTimeoutMs = env.DB_CONNECT_TIMEOUT_MS;
  if (budget === "work") {
    return {
      connectTimeoutMs: Math.max(connectTimeoutMs, WORK_CONNECT_TIMEOUT_MS),
      statementTimeoutMs: env.DB_ADMIN_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: env.DB_ADMIN_STATEMENT_TIMEOUT_MS + WORK_QUERY_MARGIN_MS,
      max: 5,
      probesWhenDown: false,
    };
  }
  return {
    connectTimeoutMs,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    queryTimeoutMs: env.DB_QUERY_TIMEOUT_MS,
    max: 10,
  };
}

function connect(budget: DatabaseBudget): PrismaClient {
  if (!env.DATABASE_URL) {
    // `npm start` / `npm run dev` set it (starting embedded PostgreSQL when none is configured);
    // a bare `next start` does not.
    throw new Error(
      "DATABASE_URL is not set. Start the site with `npm start` or `npm run dev`, which start " +
        "embedded PostgreSQL when no DATABASE_URL is configured, or set DATABASE_URL.",
    );
  }
  return createAppPrismaClient(
    env.DATABASE_URL,
    databaseLimits(budget),
    budget === "work" ? "app_work" : "app",
  );
}

// One client per budget and process (in development, hot reloads would otherwise open new pools
// each time), created on first use: `next build` imports this module without a database. The
// readers' client keeps the name `prisma` (tests clear it between cases).
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  prismaWork?: PrismaClient;
};

function client(): PrismaClient {
  if (currentDatabaseContext()?.budget === "work") {
    return (globalForPrisma.prismaWork ??= connect("work"));
  }
  return (globalForPrisma.prisma ??= connect("reader"));
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const current = client();
    const value = Reflect.get(current, property, current) as unknown;
    return typeof value === "function" ? value.bind(current) : value;
  },
});

/** Asks the database a trivial query (the health check's ping); rejects when it does not answer. */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
