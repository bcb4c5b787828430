// Our own shapes for price data. Providers reshape their answers into these at the boundary;
// pages, the API route and the database layer use nothing else. Times are ISO strings so the
// values travel unchanged through the data cache, JSON responses and SWR.

/** One quote, as the ticker and GET /api/prices show it. */
export interface TickerAsset {
  id: string;
  symbol: string;
  name: string;
  price: number;
  change24h: number | null;
  marketCap: number | null;
  volume24h: number | null;
  lastUpdated: string;
}

/** When and where a snapshot's prices come from, and whether they are late. */
export interface SnapshotStamp {
  /** When these prices were received from the source (the oldest of them). */
  asOf: string;
  /** Where they came from: a provider name ("coingecko") or "demo" for seeded prices. */
  source: string;
  /** True when the last refresh failed or the prices are older than two refresh intervals
   * (and at least 30 s). */
  stale: boolean;
}

/** The answer of GET /api/prices (and what the header's ticker renders). */
export interface TickerSnapshot extends SnapshotStamp {
  assets: TickerAsset[];
}

/** One row of the market table and the data of a coin page: a quote and more. */
export interface MarketCoin extends TickerAsset {
  rank: number | null;
  change1h: number | null;
  change7d: number | null;
  circulatingSupply: number | null;
  totalSupply: number | null;
  maxSupply: number | null;
  ath: number | null;
  athDate: string | null;
  /** Hourly prices over the last 7 days, oldest first. */
  sparkline7d: number[];
}

export interface MarketSnapshot extends SnapshotStamp {
  coins: MarketCoin[];
}
