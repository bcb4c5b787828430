// Builds a Prisma client on the pg driver adapter. Used by the app (through src/lib/db.ts) and by
// scripts such as the seed, which run outside Next and cannot import "server-only" modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
