// The process's Prometheus metrics (prom-client), served at GET /metrics behind METRICS_TOKEN.
// One registry per process, shared by the production server (scripts/next-server.ts: requests),
// Next's cache handler (a plain .mjs file outside the bundles: cache lookups) and the app's code
// in Next's bundles (prices, scheduler, webhooks, rate limits, database pools) — each of which may
// load its own copy of this module, so the one instance lives on globalThis under a registered
// symbol, as the shared cache state does (src/lib/cache/shared-cache.ts).
//
// Labels are small fixed sets (route patterns, not URLs; status codes; a few outcomes), so the
// number of series stays bounded whatever readers request.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** What the pool gauges read of a pg.Pool. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export type CacheLayer = "fast_path" | "next";
export type CacheKind = "page" | "route" | "fetch" | "other";

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  cacheLookups: Counter<"layer" | "kind" | "result">;
  priceUpstream: Counter<"provider" | "data" | "outcome">;
  schedulerRuns: Counter<"outcome">;
  scheduledPublished: Counter;
  webhookDeliveries: Counter<"outcome">;
  rateLimitRefusals: Counter<"policy">;
  pools: Map<string, PoolCounts>;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const pools = new Map<string, PoolCounts>();
  const registers = [registry];
  const poolGauge = (name: string, help: string, read: (pool: PoolCounts) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["pool"],
      registers,
      collect() {
        for (const [pool, counts] of pools) this.set({ pool }, read(counts));
      },
    });
  poolGauge(
    "coinmela_db_pool_connections",
    "Open connections of a PostgreSQL pool",
    (p) => p.totalCount,
  );
  poolGauge(
    "coinmela_db_pool_idle_connections",
    "Idle connections of a PostgreSQL pool",
    (p) => p.idleCount,
  );
  poolGauge(
    "coinmela_db_pool_waiting_clients",
    "Queries waiting for a connection of a PostgreSQL pool",
    (p) => p.waitingCount,
  );

  const counter = <Label extends string = never>(
    name: string,
    help: string,
    labelNames: readonly Label[] = [],
  ) => new Counter<Label>({ name, help, labelNames, registers });
  const httpLabels = ["method", "route", "status"] as const;

  return {
    registry,
    pools,
    httpRequests: counter(
      "coinmela_http_requests_total",
      "HTTP requests answered, by method, route pattern and status",
      httpLabels,
    ),
    httpDuration: new Histogram({
      name: "coinmela_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response",
      labelNames: httpLabels,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    cacheLookups: counter(
      "coinmela_cache_lookups_total",
      "Cache lookups by layer (the server's page fast path, Next's cache handler), kind and result",
      ["layer", "kind", "result"],
    ),
    priceUpstream: counter(
      "coinmela_price_upstream_requests_total",
      "Requests to the price provider, by provider, data (ticker, market) and outcome",
      ["provider", "data", "outcome"],
    ),
    schedulerRuns: counter(
      "coinmela_scheduler_runs_total",
      "Scheduler runs (publish due articles, send webhooks), by outcome",
      ["outcome"],
    ),
    scheduledPublished: counter(
      "coinmela_scheduler_published_articles_total",
      "Scheduled articles this process published",
    ),
    webhookDeliveries: counter(
      "coinmela_webhook_deliveries_total",
      "Webhook delivery attempts, by outcome (delivered, retrying, failed: no retries left)",
      ["outcome"],
    ),
    rateLimitRefusals: counter(
      "coinmela_rate_limit_refusals_total",
      "Requests a rate limit refused, by policy",
      ["policy"],
    ),
  };
}

const METRICS = Symbol.for("coinmela.metrics");
type WithMetrics = typeof globalThis & { [METRICS]?: Metrics };

/** The process's metrics, created on first use. */
export function metrics(): Metrics {
  const holder = globalThis as WithMetrics;
  holder[METRICS] ??= createMetrics();
  return holder[METRICS];
}

/** Reports a PostgreSQL pool's connections under `name` in the pool gauges. */
export function observeDbPool(name: string, pool: PoolCounts): void {
  metrics().pools.set(name, pool);
}

/** One finished webhook delivery attempt (its row's status afterwards). */
export function countWebhookDelivery(status: "PENDING" | "SUCCEEDED" | "FAILED"): void {
  const outcome =
    status === "SUCCEEDED" ? "delivered" : status === "FAILED" ? "failed" : "retrying";
  metrics().webhookDeliveries.inc({ outcome });
}
