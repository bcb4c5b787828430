// One answer to "which PostgreSQL?" for every script: DATABASE_URL when set, otherwise the
// embedded cluster under EMBEDDED_PG_DIR — reusing the one a running `npm start` / `npm run dev`
// already opened, since two servers cannot share a data directory.
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { Env } from "../../src/env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { ExpectedError } from "./expected-error";

export interface Database {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
}

function runtimeFile(env: Env): string {
  return path.resolve(`${env.EMBEDDED_PG_DIR}.running.json`);
}

/** Connects once, with a short timeout, and says plainly when it cannot. */
export async function checkConnection(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = URL.canParse(url) ? new URL(url).host : "the configured host";
    throw new ExpectedError(`Cannot connect to PostgreSQL at ${where}: ${reason}`, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => {});
  }
}

async function runningEmbeddedUrl(env: Env): Promise<string | undefined> {
  const file = runtimeFile(env);
  if (!existsSync(file)) return undefined;
  try {
    const { url } = JSON.parse(await readFile(file, "utf8")) as { url?: string };
    if (typeof url !== "string") return undefined;
    await checkConnection(url, 1500);
    return url;
  } catch {
    return undefined; // left behind by a server that is gone
  }
}

export async function openDatabase(
  env: Env,
  options: { log?: (line: string) => void; announce?: boolean } = {},
): Promise<Database> {
  const log = options.log ?? (() => {});
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, release: async () => {} };
  }
  const shared = await runningEmbeddedUrl(env);
  if (shared) {
    log("Using the embedded PostgreSQL of the running server.");
    return { url: shared, embedded: true, release: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, log: () => {} });
  log(
    `Embedded PostgreSQL ready on 127.0.0.1:${server.port} in ${Date.now() - started} ms (data in ${env.EMBEDDED_PG_DIR}).`,
  );
  const file = runtimeFile(env);
  if (options.announce)
    await writeFile(file, JSON.stringify({ url: server.url, pid: process.pid }) + "\n", {
      mode: 0o600,
    });
  return {
    url: server.url,
    embedded: true,
    async release() {
      if (options.announce) await rm(file, { force: true });
      await server.stop();
    },
  };
}
