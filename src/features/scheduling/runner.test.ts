import type * as RunnerModule from "./runner";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";

// The loop's promises: one run at a time, a run asked for meanwhile happens once afterwards,
// failures are logged and never escape, the timer does not hold the process open; it runs the jobs
// features registered (here stand-ins for webhooks' delivery and pruning), housekeeping at most
// as often as asked.

const calls = vi.hoisted(() => ({
  publish: [] as string[],
  deliver: 0,
  pruned: 0,
  publishImpl: (async () => []) as () => Promise<unknown[]>,
}));
vi.mock("server-only", () => ({}));
vi.mock("@/env", () => ({ env: { SCHEDULER_INTERVAL_SECONDS: 15 } }));
vi.mock("./publish-due", () => ({
  publishDueArticles: async () => {
    calls.publish.push("start");
    const result = await calls.publishImpl();
    calls.publish.push("end");
    return result;
  },
}));

let runner: typeof RunnerModule;

beforeEach(async () => {
  vi.resetModules();
  delete (globalThis as { coinmelaScheduler?: unknown }).coinmelaScheduler;
  calls.publish = [];
  calls.deliver = 0;
  calls.pruned = 0;
  calls.publishImpl = async () => [];
  runner = await import("./runner");
  const jobs = await import("./jobs");
  jobs.clearJobs();
  jobs.registerJob({
    name: "delivering",
    run: async () => {
      calls.deliver++;
    },
  });
  jobs.registerJob({
    name: "pruning",
    everyMs: 3_600_000,
    run: async () => {
      calls.pruned++;
    },
  });
});

afterEach(() => {
  runner.stopScheduler();
  vi.restoreAllMocks();
});

describe("scheduler loop", () => {
  it("never overlaps runs; a run asked for during one follows it, once", async () => {
    let release!: () => void;
    calls.publishImpl = () => new Promise((resolve) => (release = () => resolve([])));
    const first = runner.runSchedulerNow();
    const second = runner.runSchedulerNow();
    const third = runner.runSchedulerNow();
    await vi.waitFor(() => expect(calls.publish).toEqual(["start"]));
    calls.publishImpl = async () => [];
    release();
    await Promise.all([first, second, third]);
    expect(calls.publish).toEqual(["start", "end", "start", "end"]);
    expect(calls.deliver).toBe(2);
  });

  it("logs failures and goes on to the registered jobs; the promise never rejects", async () => {
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    const failedRuns = async () =>
      (await metrics().schedulerRuns.get()).values.find((v) => v.labels.outcome === "error")
        ?.value ?? 0;
    const failedBefore = await failedRuns();
    calls.publishImpl = async () => {
      throw new Error("database down");
    };
    await expect(runner.runSchedulerNow()).resolves.toBeUndefined();
    expect(calls.deliver).toBe(1);
    expect(String(log.mock.calls[0]?.[1])).toMatch(/publishing scheduled articles failed/);
    expect(await failedRuns()).toBe(failedBefore + 1);
    // and the next run works again
    calls.publishImpl = async () => [];
    await runner.runSchedulerNow();
    expect(calls.deliver).toBe(2);
  });

  it("starts once per process, catches up at once, then runs on an unref'd interval", async () => {
    vi.spyOn(logger(), "info").mockImplementation(() => {});
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval");
    runner.startScheduler(2);
    runner.startScheduler(2);
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    expect(setIntervalSpy.mock.calls[0]?.[1]).toBe(2000);
    const timer = setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await vi.waitFor(() => expect(calls.deliver).toBe(1)); // the start-up catch-up
  });

  it("runs its work marked as a background job (no request: pages refresh over HTTP)", async () => {
    const { currentBackgroundJob } = await import("./background");
    let seen: string | null = null;
    calls.publishImpl = async () => {
      seen = currentBackgroundJob();
      return [];
    };
    expect(currentBackgroundJob()).toBeNull();
    await runner.runSchedulerNow();
    expect(seen).toBe("scheduler");
  });

  it("a nudge runs it soon where the loop runs, and does nothing elsewhere", async () => {
    vi.spyOn(logger(), "info").mockImplementation(() => {});
    const { nudgeScheduler } = await import("./nudge");
    nudgeScheduler(); // not started: nothing
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.deliver).toBe(0);
    runner.startScheduler(3600);
    await vi.waitFor(() => expect(calls.deliver).toBe(1));
    nudgeScheduler();
    await vi.waitFor(() => expect(calls.deliver).toBe(2));
    // the delivery log is pruned at most hourly
    expect(calls.pruned).toBe(1);
    runner.stopScheduler();
    nudgeScheduler();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.deliver).toBe(2);
  });

  it("a nudge from inside a request does not carry the request's context into the run", async () => {
    vi.spyOn(logger(), "info").mockImplementation(() => {});
    const { AsyncLocalStorage } = await import("node:async_hooks");
    const request = new AsyncLocalStorage<string>();
    const { nudgeScheduler } = await import("./nudge");
    runner.startScheduler(3600);
    await vi.waitFor(() => expect(calls.deliver).toBe(1));
    let seen: string | undefined = "not run";
    calls.publishImpl = async () => {
      seen = request.getStore();
      return [];
    };
    request.run("an admin's request", () => nudgeScheduler());
    await vi.waitFor(() => expect(calls.deliver).toBe(2));
    expect(seen).toBeUndefined();
  });
});

describe("registered jobs", () => {
  it("a failing job is logged under its name and the next job still runs", async () => {
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    const jobs = await import("./jobs");
    jobs.clearJobs();
    const ran: string[] = [];
    jobs.registerJob({
      name: "sending things",
      run: async () => {
        ran.push("sending");
        throw new Error("receiver down");
      },
    });
    jobs.registerJob({ name: "tidying", run: async () => void ran.push("tidying") });
    await expect(runner.runSchedulerNow()).resolves.toBeUndefined();
    expect(ran).toEqual(["sending", "tidying"]);
    expect(String(log.mock.calls[0]?.[1])).toBe("[scheduler] sending things failed");
  });

  it("registering a name again replaces the job: it runs once per run", async () => {
    const jobs = await import("./jobs");
    jobs.clearJobs();
    let runs = 0;
    const job = { name: "once", run: async () => void runs++ };
    jobs.registerJob(job);
    jobs.registerJob({ ...job });
    await runner.runSchedulerNow();
    expect(runs).toBe(1);
    expect(jobs.registeredJobs().map((j) => j.name)).toEqual(["once"]);
  });
});
