import "server-only";
import { subscribeWebhooks } from "./webhooks/subscriptions";

// Where the features' cross-feature effects are connected, once per process: each feature that
// reacts to another's events (src/lib/events.ts) or gives the scheduler's loop a job
// (src/features/scheduling/jobs.ts) does so in its own subscriptions module, listed here.
// Loaded by src/instrumentation.ts (the server, before the scheduler starts) and by the
// integration tests that need the effects. Calling it again changes nothing.

export function wireFeatures(): void {
  subscribeWebhooks();
}
