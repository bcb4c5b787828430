// npm run test:e2e — builds the site, starts it on a free port against its own freshly seeded
// embedded PostgreSQL, runs the Playwright tests in Debian's Chromium, and stops everything.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { startAppServer } from "./lib/app-server";
import { ensureChromium } from "./lib/chromium";
import { ExpectedError } from "./lib/expected-error";
import { clearRuntimeCaches } from "./lib/page-cache";
import { playwrightRuns } from "./lib/playwright-runs";
import { findFreePort } from "./lib/ports";
import { runMain } from "./lib/run-main";
import { startTestDatabase } from "./lib/test-database";

const require = createRequire(import.meta.url);

runMain(async () => {
  ensureChromium();
  // The build prerenders cached pages from the database, so it runs against the test database
  // and with the origin the server will have.
  const database = await startTestDatabase({ seed: true });
  let code = 1;
  try {
    const port = await findFreePort();
    const revalidateSecret = randomBytes(32).toString("hex");
    // Password-reset mail goes to this outbox; the tests read the links from it.
    const outbox = await mkdtemp(path.join(os.tmpdir(), "coinmela-e2e-outbox-"));
    // Uploaded images of the media tests go to a scratch directory too.
    const mediaDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-e2e-media-"));
    const env = {
      DATABASE_URL: database.url,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      REVALIDATE_SECRET: revalidateSecret,
      MAIL_OUTBOX_DIR: outbox,
      MEDIA_DIR: mediaDir,
      // The webhook specs' receivers listen on loopback, which production refuses by default.
      WEBHOOK_ALLOW_PRIVATE: "true",
    };
    if (process.env.E2E_SKIP_BUILD !== "1") {
      await clearRuntimeCaches(); // data cached by an earlier run must not reach the prerendered pages
      const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
        stdio: "inherit",
        env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (build.status !== 0) throw new ExpectedError("next build failed (see above).");
    }
    const server = await startAppServer({ databaseUrl: database.url, port, env });
    try {
      console.log(`Site under test: ${server.url}`);
      const childEnv = {
        ...process.env,
        E2E_BASE_URL: server.url,
        E2E_DATABASE_URL: database.url,
        E2E_REVALIDATE_SECRET: revalidateSecret,
        E2E_OUTBOX_DIR: outbox,
      };
      code = 0;
      for (const run of playwrightRuns(process.argv.slice(2))) {
        const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;
        const runCode = await new Promise<number>((resolve) => {
          const child = spawn(
            process.execPath,
            [require.resolve("@playwright/test/cli"), "test", ...run.args],
            {
              stdio: "inherit",
              env: {
                ...childEnv,
                ...(jsonReport && run.project
                  ? {
                      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonReport.replace(
                        /\.json$/,
                        `-${run.project}.json`,
                      ),
                    }
                  : {}),
              },
            },
          );
          child.on("exit", (exitCode) => resolve(exitCode ?? 1));
        });
        if (runCode !== 0) code = runCode;
      }
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
  if (code !== 0) process.exit(code);
});
