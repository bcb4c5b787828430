import { beforeEach, describe, expect, it, vi } from "vitest";
import { emit, subscribers } from "@/lib/events";
import { logger } from "@/lib/logger";
import type { ArticleChange } from "@/features/articles/after-change";
import { clearJobs, registeredJobs } from "@/features/scheduling/jobs";

// Webhooks' side of the wiring: an article change queues its event once and nudges the loop when
// something was queued; the delivery and pruning jobs are registered with the scheduler, once,
// however often the wiring runs.

const calls = vi.hoisted(() => ({
  queued: [] as unknown[],
  nudges: 0,
  queueImpl: (async () => ["d-1"]) as () => Promise<string[]>,
}));
vi.mock("server-only", () => ({}));
vi.mock("./queue", () => ({
  queueArticleChangeEvent: async (change: unknown) => {
    calls.queued.push(change);
    return calls.queueImpl();
  },
}));
vi.mock("./deliver", () => ({ deliverBacklog: async () => {}, pruneDeliveryLog: async () => 0 }));
vi.mock("@/features/scheduling/nudge", () => ({
  nudgeScheduler: () => void calls.nudges++,
}));

const change: ArticleChange = { articleId: 5, actorId: 1, before: null, after: null };

beforeEach(() => {
  calls.queued = [];
  calls.nudges = 0;
  calls.queueImpl = async () => ["d-1"];
  clearJobs();
});

describe("webhooks subscriptions", () => {
  it("queues the event of each article change once, wired twice or not", async () => {
    const { wireFeatures } = await import("@/features/wiring");
    wireFeatures();
    wireFeatures();
    expect(subscribers("articleChanged")).toEqual(["webhooks.queue-event"]);
    await emit("articleChanged", change);
    expect(calls.queued).toEqual([change]);
    expect(calls.nudges).toBe(1);
    expect(registeredJobs().map((job) => [job.name, job.everyMs])).toEqual([
      ["sending webhooks", undefined],
      ["pruning the webhook delivery log", 3_600_000],
    ]);
  });

  it("nudges only when something was queued; a failure is logged, not thrown", async () => {
    const { queueEventForArticleChange } = await import("./subscriptions");
    calls.queueImpl = async () => [];
    await queueEventForArticleChange(change);
    expect(calls.nudges).toBe(0);
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    calls.queueImpl = async () => {
      throw new Error("database down");
    };
    await expect(queueEventForArticleChange(change)).resolves.toBeUndefined();
    expect(String(log.mock.calls[0]?.[1])).toBe("Queueing webhook events for article 5 failed");
    expect(calls.nudges).toBe(0);
    log.mockRestore();
  });
});
