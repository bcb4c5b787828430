// The one place that decides when to ask the price provider. However many readers arrive, each
// kind of data (ticker, market table) is fetched at most once per refresh interval: the first
// caller after the interval starts the request and every other caller shares it (single flight).
// Good answers are kept in memory and stored in PostgreSQL; when upstream fails, readers get the
// last good snapshot marked stale with its true time, and when there has never been one, null.
// Nothing here throws at a reader.
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { MARKET_SIZE, TICKER_IDS } from "./assets";
import { type PriceProvider, type ProviderAnswer, UpstreamError } from "./providers/provider";
import type { SnapshotStore } from "./snapshot-queries";
import type { MarketSnapshot, SnapshotStamp, TickerSnapshot } from "./types";

export interface PriceServiceOptions {
  provider: PriceProvider;
  store: SnapshotStore;
  refreshMs: number;
  now?: () => number;
  log?: (message: string) => void;
}

export interface PriceService {
  getTicker(): Promise<TickerSnapshot | null>;
  getMarket(): Promise<MarketSnapshot | null>;
}

interface Slot<T> {
  value: ProviderAnswer<T> | null;
  failed: boolean;
  nextAttemptAt: number;
  inflight: Promise<void> | null;
}

/** What a snapshot says about its prices' time and source. */
function stampOf(answer: { asOf: Date; source: string; stale: boolean }): SnapshotStamp {
  return { asOf: answer.asOf.toISOString(), source: answer.source, stale: answer.stale };
}

function describe(error: unknown): string {
  if (error instanceof UpstreamError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function createPriceService(options: PriceServiceOptions): PriceService {
  const { provider, store, refreshMs } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => logger().error(message));
  const upstream = metrics().priceUpstream;
  // Prices older than two intervals are late even if no attempt failed (a stalled refresh, or the
  // offline provider's stored snapshot). Never under 30 s, so a slow save does not flash "delayed".
  const staleAfterMs = Math.max(2 * refreshMs, 30_000);

  function refresher<T>(
    what: string,
    fetchLive: () => Promise<ProviderAnswer<T>>,
    readStored: () => Promise<ProviderAnswer<T> | null>,
    save: (answer: ProviderAnswer<T>) => Promise<void>,
  ): () => Promise<(ProviderAnswer<T> & { stale: boolean }) | null> {
    const slot: Slot<T> = { value: null, failed: false, nextAttemptAt: 0, inflight: null };

    async function attempt(): Promise<void> {
      try {
        const answer = await fetchLive();
        upstream.inc({ provider: provider.name, data: what, outcome: "ok" });
        slot.value = answer;
        slot.failed = false;
        slot.nextAttemptAt = now() + refreshMs;
        if (provider.live) {
          await save(answer).catch((error: unknown) =>
            log(`[prices] could not store the ${what} snapshot: ${describe(error)}`),
          );
        }
      } catch (error) {
        const retryAfterMs = error instanceof UpstreamError ? (error.retryAfterMs ?? 0) : 0;
        const waitMs = Math.max(refreshMs, retryAfterMs);
        slot.failed = true;
        slot.nextAttemptAt = now() + waitMs;
        upstream.inc({ provider: provider.name, data: what, outcome: "error" });
        // One line per failed attempt, and attempts happen at most once per interval.
        log(
          `[prices] ${provider.name} ${what} request failed: ${describe(error)}; ` +
            `next attempt in ${Math.round(waitMs / 1000)} s, serving the last good snapshot`,
        );
        if (!slot.value && provider.live) {
          slot.value = await readStored().catch((storeError: unknown) => {
            log(`[prices] could not read the stored ${what} snapshot: ${describe(storeError)}`);
            return null;
          });
        }
      }
    }

    return async () => {
      if (!slot.inflight && now() >= slot.nextAttemptAt) {
        slot.inflight = attempt().finally(() => {
          slot.inflight = null;
        });
      }
      if (slot.inflight) await slot.inflight;
      if (!slot.value) return null;
      const stale = slot.failed || now() - slot.value.asOf.getTime() > staleAfterMs;
      return { ...slot.value, stale };
    };
  }

  const ticker = refresher(
    "ticker",
    () => provider.tickerQuotes(TICKER_IDS),
    () => store.readTicker(TICKER_IDS),
    (answer) => store.saveTicker(answer),
  );
  const market = refresher(
    "market",
    () => provider.marketCoins(MARKET_SIZE),
    () => store.readMarket(MARKET_SIZE),
    (answer) => store.saveMarket(answer),
  );

  return {
    async getTicker() {
      const answer = await ticker();
      return answer && { ...stampOf(answer), assets: answer.data };
    },
    async getMarket() {
      const answer = await market();
      return answer && { ...stampOf(answer), coins: answer.data };
    },
  };
}
