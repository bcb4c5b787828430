// Starts a throwaway embedded PostgreSQL for the integration tests, applies the real migrations
// to a fresh database, hands its URL to the tests, and removes everything afterwards.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/lib/migrations";

let server: EmbeddedDatabase | undefined;
let tempDir: string | undefined;

export async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-int-"));
  // PostgreSQL runs as its own user when we are root; it must be able to reach the directory.
  await chmod(dir, 0o755);
  tempDir = dir;
  server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pg"),
    database: "coinmela_test",
    persistent: false,
  });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await migrate(client);
  } finally {
    await client.end();
  }
  project.provide("databaseUrl", server.url);
}

export async function teardown() {
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
