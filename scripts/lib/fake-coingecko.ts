// A stand-in for CoinGecko's API on loopback, for the tests and the benchmark (our machines have
// no internet). It answers /simple/price and /coins/markets in CoinGecko's JSON shapes from the
// demo market data, counts the calls it receives, and can be told to misbehave: answer slowly,
// rate-limit with 429 + Retry-After, fail with 500, send a malformed body, or never answer.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { demoMarketCoins } from "../../prisma/demo/market";

export type FakeMode =
  | { kind: "ok" }
  | { kind: "slow"; delayMs: number }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "error" }
  | { kind: "malformed" }
  /** Accepts the request and never answers: the client's own timeout is all that ends it. */
  | { kind: "hang" };

export interface FakeCoinGecko {
  /** Base URL to use as COINGECKO_BASE_URL, e.g. http://127.0.0.1:41234/api/v3 */
  baseUrl: string;
  /** Requests received, by path ("/simple/price", "/coins/markets"). */
  calls(path?: string): number;
  /** The API key headers of the last request. */
  lastKeyHeaders(): Record<string, string>;
  setMode(mode: FakeMode): void;
  /** Every price is multiplied by this (to tell fresh answers from stored ones). */
  setPriceFactor(factor: number): void;
  close(): Promise<void>;
}

export async function startFakeCoinGecko(): Promise<FakeCoinGecko> {
  let mode: FakeMode = { kind: "ok" };
  let factor = 1;
  let keyHeaders: Record<string, string> = {};
  const counts = new Map<string, number>();

  // Computed once: drawing 100 sparklines per request would make the fake slower than the limits
  // the tests set on a busy machine.
  const base = demoMarketCoins(new Date());
  function coins() {
    return base.map((coin) => ({ ...coin, price: coin.price * factor }));
  }

  function simplePrice(url: URL) {
    const ids = (url.searchParams.get("ids") ?? "").split(",").filter(Boolean);
    const body: Record<string, unknown> = {};
    for (const coin of coins()) {
      if (!ids.includes(coin.id)) continue;
      body[coin.id] = {
        usd: coin.price,
        usd_market_cap: coin.marketCap,
        usd_24h_vol: coin.volume24h,
        usd_24h_change: coin.change24h,
        last_updated_at: Math.floor(Date.parse(coin.lastUpdated) / 1000),
      };
    }
    return body;
  }

  function markets(url: URL) {
    const perPage = Math.min(250, Number(url.searchParams.get("per_page") ?? 100));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const withSparkline = url.searchParams.get("sparkline") === "true";
    return coins()
      .slice((page - 1) * perPage, page * perPage)
      .map((coin) => ({
        id: coin.id,
        symbol: coin.symbol.toLowerCase(),
        name: coin.name,
        image: `https://coin-images.coingecko.com/coins/images/1/large/${coin.id}.png`,
        current_price: coin.price,
        market_cap: coin.marketCap,
        market_cap_rank: coin.rank,
        fully_diluted_valuation: coin.totalSupply ? coin.totalSupply * coin.price : null,
        total_volume: coin.volume24h,
        high_24h: coin.price * 1.02,
        low_24h: coin.price * 0.97,
        price_change_24h: coin.price * ((coin.change24h ?? 0) / 100),
        price_change_percentage_24h: coin.change24h,
        market_cap_change_24h: null,
        market_cap_change_percentage_24h: null,
        circulating_supply: coin.circulatingSupply,
        total_supply: coin.totalSupply,
        max_supply: coin.maxSupply,
        ath: coin.ath,
        ath_change_percentage: coin.ath ? ((coin.price - coin.ath) / coin.ath) * 100 : null,
        ath_date: coin.athDate,
        atl: coin.price / 50,
        atl_change_percentage: 4900,
        atl_date: "2015-10-20T00:00:00.000Z",
        roi: null,
        last_updated: coin.lastUpdated,
        ...(withSparkline ? { sparkline_in_7d: { price: coin.sparkline7d } } : {}),
        price_change_percentage_1h_in_currency: coin.change1h,
        price_change_percentage_24h_in_currency: coin.change24h,
        price_change_percentage_7d_in_currency: coin.change7d,
      }));
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://fake");
    const path = url.pathname.replace(/^\/api\/v3/, "");
    counts.set(path, (counts.get(path) ?? 0) + 1);
    keyHeaders = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name.startsWith("x-cg-")),
    ) as Record<string, string>;
    const current = mode;
    if (current.kind === "hang") return; // closed by the client's timeout, or by close()
    if (current.kind === "slow") await new Promise((r) => setTimeout(r, current.delayMs));
    if (current.kind === "rate-limited") {
      response.writeHead(429, {
        "Content-Type": "application/json",
        "Retry-After": String(current.retryAfterSeconds),
      });
      return response.end(
        JSON.stringify({
          status: { error_code: 429, error_message: "You've exceeded the Rate Limit." },
        }),
      );
    }
    if (current.kind === "error") {
      response.writeHead(500, { "Content-Type": "application/json" });
      return response.end(JSON.stringify({ error: "Internal server error" }));
    }
    if (current.kind === "malformed") {
      response.writeHead(200, { "Content-Type": "application/json" });
      return response.end('{"bitcoin": {"usd": "lots", ');
    }
    let body: unknown;
    if (path === "/simple/price") body = simplePrice(url);
    else if (path === "/coins/markets") body = markets(url);
    else if (path === "/ping") body = { gecko_says: "(V3) To the Moon!" };
    else {
      response.writeHead(404, { "Content-Type": "application/json" });
      return response.end(JSON.stringify({ error: "Not found" }));
    }
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(body));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v3`,
    calls: (path) =>
      path ? (counts.get(path) ?? 0) : [...counts.values()].reduce((a, b) => a + b, 0),
    lastKeyHeaders: () => keyHeaders,
    setMode: (next) => {
      mode = next;
    },
    setPriceFactor: (next) => {
      factor = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
