// Runs once when the server starts: validating the environment here makes a bad variable stop
// the server at start-up with a message, instead of failing on the first request. Then the shared
// cache state (src/lib/cache-expiry.ts) is created and the scheduler starts (scheduled publishing
// and webhook deliveries, src/features/scheduling) — in the Node.js server only, and never while `next build` loads the app to prerender pages.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      // The cache handler finds the shared cache state (Redis, edge purge) through this.
      const { processCache } = await import("./lib/cache-expiry");
      processCache();
      const { startScheduler } = await import("./features/scheduling/runner");
      startScheduler();
    }
  }
}
