// npm run build — the production build. Cached pages (home, feeds, sitemaps) are prerendered
// from the database, so the build needs one: DATABASE_URL when set (migrate it first with
// `npm run db:migrate`), otherwise the embedded PostgreSQL under .data/, which is migrated and
// given the demo content first, exactly as `npm start` would, and stopped afterwards.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { parseEnv } from "../src/env";
import { openDatabase } from "./lib/database";
import { ExpectedError } from "./lib/expected-error";
import { clearRuntimeCaches } from "./lib/page-cache";
import { prepareEmbeddedDatabase } from "./lib/prepare-embedded";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const env = parseEnv(process.env);
  const database = await openDatabase(env, { log: console.log });
  try {
    if (database.embedded) await prepareEmbeddedDatabase(database.url);
    // Data cached by an earlier server must not leak into the pages prerendered now.
    await clearRuntimeCaches();
    const require = createRequire(import.meta.url);
    const build = spawnSync(
      process.execPath,
      [require.resolve("next/dist/bin/next"), "build", ...process.argv.slice(2)],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
      },
    );
    if (build.status !== 0) throw new ExpectedError("next build failed (see above).");
  } finally {
    await database.release();
  }
});
