// npm run db:new-migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the current migrations to prisma/schema.prisma, computed by Prisma's
// schema engine against a throwaway embedded database. Review the file before committing it.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { MIGRATIONS_DIR, migrate } from "./lib/migrations";
import { runMain } from "./lib/run-main";
import { driftFromSchema } from "./lib/schema-engine";
import { ExpectedError } from "./lib/expected-error";

runMain(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new ExpectedError(
      "Usage: npm run db:new-migration -- <name>   (lowercase letters, digits and _)",
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-diff-"));
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), persistent: false });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await migrate(client).finally(() => client.end());
    const sql = await driftFromSchema(server.url);
    if (!sql) {
      console.log("prisma/schema.prisma already matches the migrations: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(target);
    await writeFile(path.join(target, "migration.sql"), sql + "\n");
    console.log(`Wrote ${path.relative(process.cwd(), target)}/migration.sql:\n\n${sql}`);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
