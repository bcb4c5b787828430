// Runs once when the server starts: validating the environment here makes a bad variable stop
// the server at start-up with a message, instead of failing on the first request. Then the shared
// cache state (src/lib/cache-expiry.ts) is created, the features are wired to each other's events
// and jobs (src/features/wiring.ts) and the scheduler starts (scheduled publishing and the jobs
// features registered, src/features/scheduling) — in the Node.js server only, and never while
// `next build` loads the app to prerender pages.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      // The cache handler finds the shared cache state (Redis, edge purge) through this.
      const { processCache } = await import("./lib/cache-expiry");
      processCache();
      // Before the scheduler's first run: its catch-up may publish articles, whose webhook
      // events must be queued, and it runs the jobs features register here.
      const { wireFeatures } = await import("./features/wiring");
      wireFeatures();
      const { startScheduler } = await import("./features/scheduling/runner");
      startScheduler();
    }
  }
}
