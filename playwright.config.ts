import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e`, which starts the site and sets E2E_BASE_URL.
const baseURL = process.env.E2E_BASE_URL;
if (!baseURL)
  throw new Error("E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`.");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // No screencast in traces: the header's ticker animates all the time, and recording every
    // frame made axe and navigations several times slower. DOM snapshots still show each step.
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [/admin-[\w-]+\.spec\.ts$/, /database-outage\.spec\.ts$/],
    },
    // The admin specs publish, unpublish, moderate and change settings: each of those refreshes
    // cached pages on purpose. They run after the public-site specs, so that the cache tests there
    // (a change refreshes only its own pages, a comment keeps the article cached) never see
    // another test's refresh.
    {
      name: "admin",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /admin-[\w-]+\.spec\.ts$/,
      dependencies: ["chromium"],
    },
    // The production shape (Varnish, Redis, two instances, its own database): started by the
    // spec itself, last, so that its load does not slow the other specs down.
    {
      name: "stack",
      testDir: "tests/stack",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["admin"],
    },
    // PostgreSQL frozen (its own database and server): last, because its server shares the build
    // directory, and with it the page-cache files, with the servers of the specs above.
    {
      name: "outage",
      testMatch: /database-outage\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["stack"],
    },
  ],
});
