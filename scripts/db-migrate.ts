// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
import pg from "pg";
import { parseEnv } from "../src/env";
import { openDatabase } from "./lib/database";
import { migrate } from "./lib/migrations";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const env = parseEnv(process.env);
  const database = await openDatabase(env, { log: console.log });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const applied = await migrate(client, { log: console.log });
      console.log(
        applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.",
      );
    } finally {
      await client.end();
    }
  } finally {
    await database.release();
  }
});
