// npm test — every check, in the order that fails fastest: lint (ESLint + Prettier), typecheck,
// unit tests, integration tests (real PostgreSQL), end-to-end tests (production build in Chromium).
// Every stage runs even when an earlier one failed; the exit status is non-zero if any failed.
// Installs Chromium and the edge/cache/load packages (Varnish with its xkey vmod, Redis, wrk) first
// when they are missing. Ends with the total of tests passed and failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { ensureSystemPackages } from "./lib/system-packages";
import { playwrightFailures, vitestFailures, type PlaywrightReport } from "./lib/test-failures";

const resultsDir = path.resolve(".data/test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const failedStages: string[] = [];

/**
 * Runs one stage. A failed stage does not stop the others: every stage runs, and the end lists
 * every failure, so one broken test cannot hide the results of the rest.
 */
function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): void {
  console.log(`\n=== ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const failedBefore = summarize(true);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // A runner's exit status alone is not trusted: its JSON report must show no failure either.
  if (result.status === 0 && summarize(true) > failedBefore) {
    console.error(`\n=== ${label} reported failed tests but exited 0: treated as failed`);
    failedStages.push(label);
  } else if (result.status !== 0) {
    console.error(`\n=== ${label} failed after ${seconds} s`);
    failedStages.push(label);
  } else {
    console.log(`=== ${label} passed in ${seconds} s`);
  }
}

/** Totals from the JSON reports of Vitest and Playwright; returns the number failed. */
function summarize(quiet = false): number {
  let passed = 0;
  let failed = 0;
  for (const name of ["unit", "integration"]) {
    const file = path.join(resultsDir, `${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  // One Playwright report per project (scripts/lib/playwright-runs.ts).
  for (const name of readdirSync(resultsDir).filter((file) => /^e2e.*\.json$/.test(file))) {
    const report = JSON.parse(readFileSync(path.join(resultsDir, name), "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  if (!quiet) console.log(`\n${passed} passed, ${failed} failed`);
  return failed;
}

/** Every failed test by name, printed last (scripts/lib/test-failures.ts). */
function listFailures(): void {
  const lines: string[] = [];
  for (const name of ["unit", "integration"]) {
    const file = path.join(resultsDir, `${name}.json`);
    if (existsSync(file)) {
      lines.push(...vitestFailures(name, JSON.parse(readFileSync(file, "utf8")), process.cwd()));
    }
  }
  for (const name of readdirSync(resultsDir).filter((file) => /^e2e.*\.json$/.test(file))) {
    const report = JSON.parse(
      readFileSync(path.join(resultsDir, name), "utf8"),
    ) as PlaywrightReport;
    lines.push(...playwrightFailures(report));
  }
  if (lines.length > 0) console.error(`\nFailed tests:\n${lines.join("\n")}`);
}

ensureChromium();
ensureSystemPackages(["varnish", "varnish-modules", "redis-server", "wrk"]);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
run("lint", "npm", ["run", "--silent", "lint"]);
run("typecheck", "npm", ["run", "--silent", "typecheck"]);
run("unit tests", npx, [
  "vitest",
  "run",
  "--project",
  "unit",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${resultsDir}/unit.json`,
]);
run("integration tests", npx, [
  "vitest",
  "run",
  "--project",
  "integration",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${resultsDir}/integration.json`,
]);
run("end-to-end tests", "npm", ["run", "--silent", "test:e2e", "--", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, "e2e.json"),
});
const failed = summarize();
listFailures();
if (failedStages.length > 0 || failed > 0) {
  console.error(`Failed: ${failedStages.join(", ") || "tests in a JSON report"}`);
  process.exit(1);
}
