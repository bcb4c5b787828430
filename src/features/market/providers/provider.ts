// What the price service needs from a source of prices. Implementations reshape whatever they
// receive into our own types (../types.ts) and signal every kind of failure with UpstreamError.
import type { MarketCoin, TickerAsset } from "../types";

export interface ProviderAnswer<T> {
  data: T;
  /** When the data was received from its original source. */
  asOf: Date;
  /** The original source's name, e.g. "coingecko", or "demo" for seeded prices. */
  source: string;
}

export interface PriceProvider {
  readonly name: string;
  /** True when answers are new upstream data that the service should keep as the last good
   * snapshot; false when the provider itself serves stored data (the offline provider). */
  readonly live: boolean;
  /** Quotes for the given ids, in that order. */
  tickerQuotes(ids: readonly string[]): Promise<ProviderAnswer<TickerAsset[]>>;
  /** The top coins by market cap, with their 7-day sparklines. */
  marketCoins(count: number): Promise<ProviderAnswer<MarketCoin[]>>;
}

/** A failed provider call: timeout, HTTP error, rate limit, malformed or incomplete body. */
export class UpstreamError extends Error {
  override name = "UpstreamError";
  constructor(
    message: string,
    /** How long the provider asked us to wait before the next call (429 Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
