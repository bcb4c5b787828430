// The periodic jobs the scheduler's loop runs besides publishing due articles. A feature that has
// work to do in the background registers it here (webhooks: sending due deliveries, pruning the
// delivery log; see src/features/webhooks/subscriptions.ts), so the loop knows its jobs without
// importing the features that own them: they import scheduling, never the other way round.
//
// The registry lives on globalThis: the instrumentation hook (which starts the loop) and the
// app's bundles may each load their own copy of this module.

export interface PeriodicJob {
  /** Unique; also how the loop's log names it ("[scheduler] <name> failed"). */
  name: string;
  /** Runs at most this often (e.g. hourly housekeeping); every run of the loop when unset. */
  everyMs?: number;
  run: (now: Date) => Promise<unknown>;
}

interface JobRegistry {
  jobs: Map<string, PeriodicJob>;
  /** When each job last started, for `everyMs`. */
  lastRun: Map<string, number>;
}

const KEY = Symbol.for("coinmela.schedulerJobs");

function registry(): JobRegistry {
  const holder = globalThis as { [KEY]?: JobRegistry };
  return (holder[KEY] ??= { jobs: new Map(), lastRun: new Map() });
}

/** Adds `job` to the loop; registering the same name again replaces it (no double runs). */
export function registerJob(job: PeriodicJob): void {
  registry().jobs.set(job.name, job);
}

/** Every registered job, in the order registered. */
export function registeredJobs(): PeriodicJob[] {
  return [...registry().jobs.values()];
}

/** The jobs due on a run at `nowMs`, each marked as started. */
export function jobsDueNow(nowMs = Date.now()): PeriodicJob[] {
  const { jobs, lastRun } = registry();
  return [...jobs.values()].filter((job) => {
    const last = lastRun.get(job.name);
    if (job.everyMs !== undefined && last !== undefined && nowMs - last <= job.everyMs) {
      return false;
    }
    lastRun.set(job.name, nowMs);
    return true;
  });
}

/** Forgets every job (tests). */
export function clearJobs(): void {
  const { jobs, lastRun } = registry();
  jobs.clear();
  lastRun.clear();
}
