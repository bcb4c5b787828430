import "server-only";
import { env } from "@/env";
import { createAppPrismaClient, type PrismaClient } from "./prisma-client";

function connect(): PrismaClient {
  if (!env.DATABASE_URL) {
    // `npm start` / `npm run dev` set it (starting embedded PostgreSQL when none is configured);
    // a bare `next start` does not.
    throw new Error(
      "DATABASE_URL is not set. Start the site with `npm start` or `npm run dev`, which start " +
        "embedded PostgreSQL when no DATABASE_URL is configured, or set DATABASE_URL.",
    );
  }
  return createAppPrismaClient(env.DATABASE_URL);
}

// One client per process (in development, hot reloads would otherwise open a new pool each
// time), created on first use: `next build` imports this module without a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.prisma ??= connect();
    const value = Reflect.get(globalForPrisma.prisma, property, globalForPrisma.prisma) as unknown;
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});
