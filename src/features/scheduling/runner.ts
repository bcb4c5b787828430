import "server-only";
import { AsyncResource } from "node:async_hooks";
import { env } from "@/env";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { runAsBackgroundJob } from "./background";
import { jobsDueNow } from "./jobs";
import { publishDueArticles } from "./publish-due";

// The loop inside the server process (started by src/instrumentation.ts): at start-up, then every
// SCHEDULER_INTERVAL_SECONDS, it publishes due scheduled articles, then runs the jobs other
// features registered (jobs.ts; webhooks: sending due deliveries, pruning the delivery log).
// One run at a time per process (a run still going when the timer fires is not doubled; a
// request for another run while one is going makes one more afterwards); across processes the
// database locks keep each article and delivery to one worker. Errors are logged and the loop
// goes on: nothing here may take the web server down.

interface RunnerState {
  timer: NodeJS.Timeout | null;
  /** Set while the loop runs in this process; src/features/scheduling/nudge.ts calls it. */
  nudge?: () => void;
  running: Promise<void> | null;
  again: boolean;
}

// On globalThis: instrumentation and the server actions (which ask for an early run after
// queueing a delivery) may load separate copies of this module.
const globalRunner = globalThis as unknown as { coinmelaScheduler?: RunnerState };

function state(): RunnerState {
  return (globalRunner.coinmelaScheduler ??= {
    timer: null,
    running: null,
    again: false,
  });
}

async function runOnce(): Promise<void> {
  const log = logger();
  let failed = false;
  await runAsBackgroundJob("scheduler", async () => {
    try {
      const published = await publishDueArticles(new Date());
      metrics().scheduledPublished.inc(published.length);
      for (const article of published) {
        log.info(
          { slug: article.slug, scheduledFor: article.publishedAt.toISOString() },
          `[scheduler] published "${article.slug}"`,
        );
      }
    } catch (error) {
      failed = true;
      log.error({ err: error }, "[scheduler] publishing scheduled articles failed");
    }
    // One after another, each on its own: a failing job does not keep the others from running.
    for (const job of jobsDueNow()) {
      try {
        await job.run(new Date());
      } catch (error) {
        failed = true;
        log.error({ err: error }, `[scheduler] ${job.name} failed`);
      }
    }
  });
  metrics().schedulerRuns.inc({ outcome: failed ? "error" : "ok" });
}

/** Starts a run now unless one is going (then one more follows it). Never rejects. */
export function runSchedulerNow(): Promise<void> {
  const s = state();
  if (s.running) {
    s.again = true;
    return s.running;
  }
  s.running = (async () => {
    try {
      do {
        s.again = false;
        await runOnce();
      } while (s.again);
    } finally {
      s.running = null;
    }
  })();
  return s.running;
}

/** Starts the loop once per process; the first run (the catch-up) starts at once. */
export function startScheduler(intervalSeconds = env.SCHEDULER_INTERVAL_SECONDS): void {
  const s = state();
  if (s.timer) return;
  s.timer = setInterval(() => void runSchedulerNow(), intervalSeconds * 1000);
  // The timer alone must not keep a process alive that is otherwise done (tests, scripts).
  s.timer.unref();
  // Bound to this start-up context: a nudge from a request must not run the job inside that
  // request's context (Next's request storage would leak into it, e.g. the admin's address into
  // the scheduler's audit entries).
  s.nudge = AsyncResource.bind(() => void setTimeout(() => void runSchedulerNow(), 0).unref());
  logger().info(`[scheduler] started: every ${intervalSeconds} s`);
  void runSchedulerNow();
}

export function stopScheduler(): void {
  const s = state();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
  s.nudge = undefined;
}
