// The default provider on machines without internet: it serves the last snapshot stored in
// PostgreSQL (seeded with realistic demo prices, or left by an earlier live provider).
import type { SnapshotStore } from "../snapshot-queries";
import { type PriceProvider, UpstreamError } from "./provider";

export function createOfflineProvider(store: SnapshotStore): PriceProvider {
  return {
    name: "offline",
    live: false,
    async tickerQuotes(ids) {
      const stored = await store.readTicker(ids);
      if (!stored) throw new UpstreamError("no stored prices (run the demo seed)");
      return stored;
    },
    async marketCoins(count) {
      const stored = await store.readMarket(count);
      if (!stored) throw new UpstreamError("no stored market data (run the demo seed)");
      return stored;
    },
  };
}
