// The embedded database is the demo's: bring it up to date and, when it has no articles yet,
// load the demo content — before the site is built (pages are prerendered from it) or started.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { ExpectedError } from "./expected-error";
import { migrate } from "./migrations";

export async function prepareEmbeddedDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let empty: boolean;
  try {
    await migrate(client, { log: console.log });
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`);
    empty = rows[0]?.n === 0;
  } finally {
    await client.end();
  }
  if (!empty) return;
  console.log("Empty database: loading the demo content…");
  // In a child process, so the seed's modules do not stay in a long-lived process's memory.
  const seed = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seed.status !== 0) throw new ExpectedError("Loading the demo content failed (see above).");
}
