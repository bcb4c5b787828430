import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

/**
 * The shared test database (started by global-setup.ts): points the app's DATABASE_URL at it, for
 * the modules a test imports next, and returns a client of the test's own.
 */
export function useTestDatabase(): PrismaClient {
  process.env.DATABASE_URL = inject("databaseUrl");
  return createPrismaClient(inject("databaseUrl"));
}
