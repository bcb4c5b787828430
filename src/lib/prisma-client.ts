// Builds a Prisma client on the pg driver adapter. Used by the app (through src/lib/db.ts) and by
// scripts such as the seed, which run outside Next and cannot import "server-only" modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { createBoundedPool, type DatabaseLimits } from "./db-pool";
import { observeDbPool } from "./metrics";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };

/**
 * The app's client (src/lib/db.ts): password hashes are left out of every result unless a query
 * asks for the column by name (`select: { passwordHash: true }`), so a forgotten `select` can
 * never carry one to a page. Only the sign-in and password code asks.
 *
 * Typed as the plain client: Prisma's omit-aware type does not fit the many functions that take a
 * PrismaClient or a transaction client. The omission holds at run time for every query, including
 * inside transactions (tests/integration/accounts.test.ts checks it).
 *
 * Its pool bounds every wait on the database with `limits` (src/lib/db-pool.ts).
 */
export function createAppPrismaClient(
  connectionString: string,
  limits: DatabaseLimits,
  poolName = "app",
): PrismaClient {
  // Every wait on the database is bounded (src/lib/db-pool.ts); the pool is ours so that /metrics
  // can report its use.
  const pool = createBoundedPool(connectionString, limits);
  observeDbPool(poolName, pool);
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    omit: { user: { passwordHash: true } },
  }) as unknown as PrismaClient;
}
