// The assets of the header's ticker, in product.md's order, and which article tag covers a coin.

export const TICKER_ASSETS = [
  { id: "bitcoin", symbol: "BTC", name: "Bitcoin" },
  { id: "ethereum", symbol: "ETH", name: "Ethereum" },
  { id: "tether", symbol: "USDT", name: "Tether" },
  { id: "binancecoin", symbol: "BNB", name: "BNB" },
  { id: "ripple", symbol: "XRP", name: "XRP" },
  { id: "usd-coin", symbol: "USDC", name: "USDC" },
  { id: "solana", symbol: "SOL", name: "Solana" },
  { id: "tron", symbol: "TRX", name: "TRON" },
  { id: "staked-ether", symbol: "STETH", name: "Lido Staked Ether" },
  { id: "dogecoin", symbol: "DOGE", name: "Dogecoin" },
] as const;

export type TickerAssetId = (typeof TICKER_ASSETS)[number]["id"];

export const TICKER_IDS: readonly TickerAssetId[] = TICKER_ASSETS.map((asset) => asset.id);

export function isTickerId(id: string): id is TickerAssetId {
  return (TICKER_IDS as readonly string[]).includes(id);
}

/** How many coins the market pages list (CoinGecko's top by market cap), and per page. */
export const MARKET_SIZE = 100;
export const MARKET_PAGE_SIZE = 100;

/**
 * Article tags that cover a coin, where the tag's slug is not the coin's id. Coins not listed
 * here use a tag with their own id when one exists (e.g. `bitcoin`).
 */
const COIN_TAG_OVERRIDES: Record<string, string> = {
  ripple: "xrp",
  binancecoin: "bnb",
  tether: "stablecoins",
  "usd-coin": "stablecoins",
  "staked-ether": "staking",
};

export function coinTagSlug(coinId: string): string {
  return COIN_TAG_OVERRIDES[coinId] ?? coinId;
}

/** CoinGecko coin ids: lowercase letters, digits and dashes. Anything else is not a coin. */
export const COIN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
