// GET /api/prices with the real CoinGecko provider against the fake CoinGecko server, on a real
// PostgreSQL: single flight, stale fallback, restarts, rate limits and bad input.
import pg from "pg";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { migrate } from "../../scripts/lib/migrations";
import { startFakeCoinGecko, type FakeCoinGecko } from "../../scripts/lib/fake-coingecko";
import { createScratchDatabase } from "./helpers";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";

const TICKER_ORDER = [
  "bitcoin",
  "ethereum",
  "tether",
  "binancecoin",
  "ripple",
  "usd-coin",
  "solana",
  "tron",
  "staked-ether",
  "dogecoin",
];
const REFRESH_SECONDS = 1;
const saved = { ...process.env };
let fake: FakeCoinGecko;
let database: { url: string; drop(): Promise<void> };
let log: ReturnType<typeof vi.spyOn>;

interface PricesBody {
  asOf: string;
  source: string;
  stale: boolean;
  assets: { id: string; symbol: string; name: string; price: number; change24h: number | null }[];
  error?: string;
  reason?: string;
  issues?: { field: string; message: string }[];
}

/** Drops what a started server keeps on globalThis: its Prisma client and its price service. */
async function forgetServer() {
  const globals = globalThis as {
    prisma?: { $disconnect(): Promise<void> };
    coinmelaPriceService?: unknown;
  };
  await globals.prisma?.$disconnect();
  delete globals.prisma;
  delete globals.coinmelaPriceService;
}

/** Loads the route as a freshly started server would: new modules, no price service yet. */
async function startServer(databaseUrl: string) {
  await forgetServer();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    PRICE_PROVIDER: "coingecko",
    COINGECKO_BASE_URL: fake.baseUrl,
    COINGECKO_API_KEY: "demo-key-for-tests",
    COINGECKO_TIMEOUT_MS: "1500",
    PRICE_REFRESH_SECONDS: String(REFRESH_SECONDS),
  });
  vi.resetModules();
  const { GET } = await import("@/app/api/prices/route");
  return async (query = "") => {
    const response = await GET(new NextRequest(`http://localhost/api/prices${query}`), {
      params: Promise.resolve({}),
    });
    return { response, body: (await response.json()) as PricesBody };
  };
}

const waitForNextInterval = () => new Promise((r) => setTimeout(r, REFRESH_SECONDS * 1000 + 150));

beforeAll(async () => {
  fake = await startFakeCoinGecko();
  database = await createScratchDatabase(inject("databaseUrl"));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await migrate(client).finally(() => client.end());
});

beforeEach(() => {
  log = vi.spyOn(logger(), "error").mockImplementation(() => {});
  fake.setMode({ kind: "ok" });
  fake.setPriceFactor(1);
});

afterAll(async () => {
  await forgetServer();
  process.env = saved;
  await fake.close();
  await database.drop();
});

describe("GET /api/prices against CoinGecko", () => {
  it("answers 503 JSON, not 500, when there has never been any data", async () => {
    fake.setMode({ kind: "error" });
    const get = await startServer(database.url);
    const { response, body } = await get();
    expect(response.status).toBe(503);
    expect(body.error).toMatch(/not available/);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("makes exactly one upstream call for 200 concurrent requests in one interval", async () => {
    const get = await startServer(database.url);
    const before = fake.calls("/simple/price");
    const answers = await Promise.all(Array.from({ length: 200 }, () => get()));
    expect(fake.calls("/simple/price") - before).toBe(1);
    for (const { response, body } of answers) {
      expect(response.status).toBe(200);
      expect(body.stale).toBe(false);
      expect(body.source).toBe("coingecko");
      expect(body.assets.map((asset) => asset.id)).toEqual(TICKER_ORDER);
    }
    const { response, body } = answers[0]!;
    expect(response.headers.get("cache-control")).toBe(
      `public, max-age=0, s-maxage=${REFRESH_SECONDS}, stale-while-revalidate=${REFRESH_SECONDS * 5}`,
    );
    expect(body.assets[0]).toMatchObject({
      id: "bitcoin",
      symbol: "BTC",
      name: "Bitcoin",
      price: 88301,
    });
    expect(fake.lastKeyHeaders()).toEqual({ "x-cg-demo-api-key": "demo-key-for-tests" });
  });

  it("serves the last good snapshot, stale with its old asOf, when upstream fails", async () => {
    const get = await startServer(database.url);
    const fresh = await get();
    expect(fresh.body.stale).toBe(false);
    const upstreamCalls = async (outcome: "ok" | "error") =>
      (await metrics().priceUpstream.get()).values.find(
        ({ labels }) =>
          labels.provider === "coingecko" && labels.data === "ticker" && labels.outcome === outcome,
      )?.value ?? 0;
    const failedBefore = await upstreamCalls("error");

    for (const mode of [
      { kind: "error" },
      { kind: "malformed" },
      { kind: "slow", delayMs: 3000 },
    ] as const) {
      fake.setMode(mode);
      await waitForNextInterval();
      log.mockClear();
      const answers = await Promise.all(Array.from({ length: 50 }, () => get()));
      for (const { response, body } of answers) {
        expect(response.status).toBe(200);
        expect(body.stale).toBe(true);
        expect(body.asOf).toBe(fresh.body.asOf);
        expect(body.assets).toEqual(fresh.body.assets);
      }
      // Logged once for the failed attempt, not once per reader.
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toMatch(/\[prices\] coingecko ticker request failed/);
    }
    // One failed upstream call per interval in /metrics, too.
    expect((await upstreamCalls("error")) - failedBefore).toBe(3);
    const okBefore = await upstreamCalls("ok");

    fake.setMode({ kind: "ok" });
    fake.setPriceFactor(1.5);
    await waitForNextInterval();
    const recovered = await get();
    expect(recovered.body.stale).toBe(false);
    expect(recovered.body.asOf > fresh.body.asOf).toBe(true);
    expect(recovered.body.assets[0]?.price).toBe(88301 * 1.5);
    expect((await upstreamCalls("ok")) - okBefore).toBe(1);
  });

  it("after a restart with upstream down, still serves the stored snapshot", async () => {
    fake.setPriceFactor(2);
    const first = await startServer(database.url);
    const stored = await first();
    expect(stored.body.assets[0]?.price).toBe(88301 * 2);

    fake.setMode({ kind: "error" });
    const restarted = await startServer(database.url);
    const { response, body } = await restarted();
    expect(response.status).toBe(200);
    expect(body.stale).toBe(true);
    expect(body.asOf).toBe(stored.body.asOf);
    expect(body.assets[0]?.price).toBe(88301 * 2);
    expect(body.assets.map((asset) => asset.id)).toEqual(TICKER_ORDER);
  });

  it("honours Retry-After on 429: no upstream call until it has passed", async () => {
    const get = await startServer(database.url);
    await get();
    fake.setMode({ kind: "rate-limited", retryAfterSeconds: 4 });
    await waitForNextInterval();
    const limited = await get();
    expect(limited.response.status).toBe(200);
    expect(limited.body.stale).toBe(true);
    const callsAfter429 = fake.calls("/simple/price");
    fake.setMode({ kind: "ok" });
    await waitForNextInterval(); // one interval later: still within Retry-After
    expect((await get()).body.stale).toBe(true);
    expect(fake.calls("/simple/price")).toBe(callsAfter429);
    await new Promise((r) => setTimeout(r, 3000)); // Retry-After has passed
    expect((await get()).body.stale).toBe(false);
    expect(fake.calls("/simple/price")).toBe(callsAfter429 + 1);
  });

  it("filters by ?ids= in the ticker's order and refuses unknown ids with 422", async () => {
    const get = await startServer(database.url);
    const some = await get("?ids=ethereum,bitcoin");
    expect(some.response.status).toBe(200);
    expect(some.body.assets.map((asset) => asset.id)).toEqual(["bitcoin", "ethereum"]);

    for (const query of ["?ids=bitcoin,notacoin", "?ids=", "?ids=,,", `?ids=${"x".repeat(600)}`]) {
      const { response, body } = await get(query);
      expect(response.status, query).toBe(422);
      expect(body.error).toBe("Invalid query");
      expect(body.issues?.[0]).toMatchObject({ field: "ids", message: expect.any(String) });
    }
    const unknown = await get("?ids=bitcoin,notacoin");
    expect(unknown.body.issues?.[0]?.message).toMatch(/unknown id: "notacoin"/);
  });
});
