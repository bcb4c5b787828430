import { describe, expect, it } from "vitest";
import { countWebhookDelivery, metrics, observeDbPool } from "./metrics";

describe("the process's metrics", () => {
  it("are one set per process, whichever copy of the module asks", async () => {
    const first = metrics();
    const holder = globalThis as Record<symbol, unknown>;
    expect(holder[Symbol.for("coinmela.metrics")]).toBe(first);
    expect(metrics()).toBe(first);
  });

  it("report pools, webhook outcomes and refusals in the Prometheus text", async () => {
    observeDbPool("test-pool", { totalCount: 7, idleCount: 3, waitingCount: 2 });
    countWebhookDelivery("SUCCEEDED");
    countWebhookDelivery("PENDING");
    countWebhookDelivery("FAILED");
    metrics().rateLimitRefusals.inc({ policy: "commentsByUser" });

    const text = await metrics().registry.metrics();
    expect(text).toContain('coinmela_db_pool_connections{pool="test-pool"} 7');
    expect(text).toContain('coinmela_db_pool_idle_connections{pool="test-pool"} 3');
    expect(text).toContain('coinmela_db_pool_waiting_clients{pool="test-pool"} 2');
    for (const outcome of ["delivered", "retrying", "failed"]) {
      expect(text).toContain(`coinmela_webhook_deliveries_total{outcome="${outcome}"} 1`);
    }
    expect(text).toContain('coinmela_rate_limit_refusals_total{policy="commentsByUser"} 1');
    expect(text).toContain("process_cpu_seconds_total");
  });
});
