// Asks the scheduler's loop for a run soon (e.g. a webhook delivery was just queued, so it need not
// wait for the next tick). Does nothing where the loop does not run (tests, scripts). Separate from
// runner.ts so that code the runner's jobs call (webhooks' subscriptions and admin actions) can use
// it without loading the runner; the runner leaves its hook on globalThis.

const globalRunner = globalThis as unknown as { coinmelaScheduler?: { nudge?: () => void } };

export function nudgeScheduler(): void {
  globalRunner.coinmelaScheduler?.nudge?.();
}
