// A throwaway embedded PostgreSQL with the real migrations and, optionally, the demo content:
// what the end-to-end tests and the benchmarks run against.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../src/lib/prisma-client";
import { seedDemo } from "../../prisma/seed-demo";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrations";

export interface TestDatabase {
  url: string;
  /** The cluster itself (its process id, a restart): what the soak's faults act on. */
  cluster: EmbeddedDatabase;
  stop(): Promise<void>;
}

export async function startTestDatabase(options: { seed: boolean }): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-db-"));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when we are root
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), persistent: false });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await migrate(client).finally(() => client.end());
    if (options.seed) {
      const prisma = createPrismaClient(server.url);
      await seedDemo(prisma).finally(() => prisma.$disconnect());
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    cluster: server,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
