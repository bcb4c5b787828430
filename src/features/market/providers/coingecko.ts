// The CoinGecko HTTP client: /simple/price for the ticker, /coins/markets for the market pages.
// Every answer is validated with zod and reshaped into our types here; nothing of CoinGecko's
// shapes leaks past this file. Failures of any kind become an UpstreamError.
import { z } from "zod";
import { TICKER_ASSETS } from "../assets";
import type { MarketCoin, TickerAsset } from "../types";
import { type PriceProvider, type ProviderAnswer, UpstreamError } from "./provider";

export interface CoinGeckoOptions {
  baseUrl: string;
  plan: "demo" | "pro";
  apiKey?: string;
  timeoutMs: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  now?: () => number;
}

const number = z.number().finite();
const optionalNumber = number.nullish().transform((value) => value ?? null);

const simplePriceSchema = z.record(
  z.string(),
  z.object({
    usd: number,
    usd_market_cap: optionalNumber,
    usd_24h_vol: optionalNumber,
    usd_24h_change: optionalNumber,
    last_updated_at: z.number().int().positive().nullish(),
  }),
);

const marketsSchema = z.array(
  z.object({
    id: z.string().min(1).max(100),
    symbol: z.string().min(1).max(40),
    name: z.string().min(1).max(200),
    current_price: optionalNumber,
    market_cap: optionalNumber,
    market_cap_rank: z.number().int().positive().nullish(),
    total_volume: optionalNumber,
    circulating_supply: optionalNumber,
    total_supply: optionalNumber,
    max_supply: optionalNumber,
    ath: optionalNumber,
    ath_date: z.iso.datetime({ offset: true }).nullish(),
    last_updated: z.iso.datetime({ offset: true }).nullish(),
    sparkline_in_7d: z.object({ price: z.array(z.number().nullable()) }).nullish(),
    price_change_percentage_1h_in_currency: optionalNumber,
    price_change_percentage_24h_in_currency: optionalNumber,
    price_change_percentage_7d_in_currency: optionalNumber,
  }),
);

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function createCoinGeckoProvider(options: CoinGeckoOptions): PriceProvider {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const keyHeader = options.plan === "pro" ? "x-cg-pro-api-key" : "x-cg-demo-api-key";

  async function getJson(path: string, params: Record<string, string>): Promise<unknown> {
    const url = new URL(options.baseUrl.replace(/\/+$/, "") + path);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.apiKey) headers[keyHeader] = options.apiKey;
    let response: Response;
    try {
      response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      throw new UpstreamError(
        timedOut
          ? `${path}: no answer within ${options.timeoutMs} ms`
          : `${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (response.status === 429) {
      await response.body?.cancel();
      throw new UpstreamError(
        `${path}: rate limited (429)`,
        parseRetryAfter(response.headers.get("retry-after"), now()),
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpstreamError(`${path}: HTTP ${response.status}`);
    }
    try {
      return await response.json();
    } catch {
      throw new UpstreamError(`${path}: the body is not JSON`);
    }
  }

  function parse<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
    const result = schema.safeParse(body);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new UpstreamError(
        `${path}: unexpected answer (${issue?.path.join(".") || "body"}: ${issue?.message})`,
      );
    }
    return result.data;
  }

  return {
    name: "coingecko",
    live: true,

    async tickerQuotes(ids): Promise<ProviderAnswer<TickerAsset[]>> {
      const path = "/simple/price";
      const body = parse(
        simplePriceSchema,
        await getJson(path, {
          ids: ids.join(","),
          vs_currencies: "usd",
          include_market_cap: "true",
          include_24hr_vol: "true",
          include_24hr_change: "true",
          include_last_updated_at: "true",
        }),
        path,
      );
      const receivedAt = new Date(now());
      const assets = ids.map((id): TickerAsset => {
        const quote = body[id];
        if (!quote) throw new UpstreamError(`${path}: no quote for ${id}`);
        const known = TICKER_ASSETS.find((asset) => asset.id === id);
        return {
          id,
          symbol: known?.symbol ?? id.toUpperCase(),
          name: known?.name ?? id,
          price: quote.usd,
          change24h: quote.usd_24h_change,
          marketCap: quote.usd_market_cap,
          volume24h: quote.usd_24h_vol,
          lastUpdated: quote.last_updated_at
            ? new Date(quote.last_updated_at * 1000).toISOString()
            : receivedAt.toISOString(),
        };
      });
      return { data: assets, asOf: receivedAt, source: "coingecko" };
    },

    async marketCoins(count): Promise<ProviderAnswer<MarketCoin[]>> {
      const path = "/coins/markets";
      const body = parse(
        marketsSchema,
        await getJson(path, {
          vs_currency: "usd",
          order: "market_cap_desc",
          per_page: String(count),
          page: "1",
          sparkline: "true",
          price_change_percentage: "1h,24h,7d",
        }),
        path,
      );
      const receivedAt = new Date(now());
      const coins = body.flatMap((coin): MarketCoin[] =>
        coin.current_price === null
          ? [] // listed without a price: nothing to show
          : [
              {
                id: coin.id,
                symbol: coin.symbol.toUpperCase(),
                name: coin.name,
                rank: coin.market_cap_rank ?? null,
                price: coin.current_price,
                change1h: coin.price_change_percentage_1h_in_currency,
                change24h: coin.price_change_percentage_24h_in_currency,
                change7d: coin.price_change_percentage_7d_in_currency,
                marketCap: coin.market_cap,
                volume24h: coin.total_volume,
                circulatingSupply: coin.circulating_supply,
                totalSupply: coin.total_supply,
                maxSupply: coin.max_supply,
                ath: coin.ath,
                athDate: coin.ath_date ? new Date(coin.ath_date).toISOString() : null,
                sparkline7d: (coin.sparkline_in_7d?.price ?? []).filter(
                  (value): value is number => value !== null && Number.isFinite(value),
                ),
                lastUpdated: coin.last_updated
                  ? new Date(coin.last_updated).toISOString()
                  : receivedAt.toISOString(),
              },
            ],
      );
      if (coins.length === 0) throw new UpstreamError(`${path}: no coins in the answer`);
      return { data: coins, asOf: receivedAt, source: "coingecko" };
    },
  };
}
