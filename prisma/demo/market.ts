// Demo market data: the top 100 coins by market cap with realistic prices of late January 2026
// (approximate figures, rounded), and 7-day hourly sparklines drawn from a seeded random walk.
// Deterministic: the same input gives the same numbers on every run. Used by the demo seed (the
// offline provider serves it) and by the fake CoinGecko server of the tests and the benchmark.
import { createHash } from "node:crypto";
import type { MarketCoin } from "../../src/features/market/types";

/** id, symbol, name, price (USD), market cap (USD billions), all-time high and its date. */
type CoinLine = [string, string, string, number, number, number?, string?];

const COINS: CoinLine[] = [
  ["bitcoin", "BTC", "Bitcoin", 88301, 1763.4, 126080, "2025-10-06"],
  ["ethereum", "ETH", "Ethereum", 2947.12, 355.7, 4946.05, "2025-08-24"],
  ["tether", "USDT", "Tether", 0.9987, 186.5, 1.32, "2018-07-24"],
  ["binancecoin", "BNB", "BNB", 884.35, 121.8, 1369.99, "2025-10-13"],
  ["ripple", "XRP", "XRP", 1.9, 115.4, 3.65, "2025-07-18"],
  ["usd-coin", "USDC", "USDC", 0.9998, 75.1, 1.17, "2019-05-08"],
  ["solana", "SOL", "Solana", 127.46, 71.9, 293.31, "2025-01-19"],
  ["tron", "TRX", "TRON", 0.295513, 28.0, 0.4313, "2024-12-04"],
  ["staked-ether", "STETH", "Lido Staked Ether", 2944.8, 27.3, 4932.0, "2025-08-24"],
  ["dogecoin", "DOGE", "Dogecoin", 0.1238, 20.9, 0.7316, "2021-05-08"],
  ["cardano", "ADA", "Cardano", 0.3512, 12.7, 3.09, "2021-09-02"],
  ["bitcoin-cash", "BCH", "Bitcoin Cash", 592.4, 11.8, 3785.82, "2017-12-20"],
  ["wrapped-bitcoin", "WBTC", "Wrapped Bitcoin", 88190, 11.1, 126000, "2025-10-06"],
  ["monero", "XMR", "Monero", 455.2, 8.4, 797.7, "2026-01-14"],
  ["chainlink", "LINK", "Chainlink", 12.41, 8.4, 52.7, "2021-05-10"],
  ["hyperliquid", "HYPE", "Hyperliquid", 24.8, 8.3, 59.3, "2025-09-18"],
  ["leo-token", "LEO", "LEO Token", 9.05, 8.3],
  ["usds", "USDS", "USDS", 0.9998, 8.2],
  ["stellar", "XLM", "Stellar", 0.2143, 6.9, 0.8756, "2018-01-03"],
  ["ethena-usde", "USDE", "Ethena USDe", 0.9991, 6.4],
  ["zcash", "ZEC", "Zcash", 360.0, 5.9, 3191.93, "2016-10-29"],
  ["sui", "SUI", "Sui", 1.52, 5.7, 5.35, "2025-01-06"],
  ["avalanche-2", "AVAX", "Avalanche", 12.35, 5.3, 144.96, "2021-11-21"],
  ["litecoin", "LTC", "Litecoin", 69.8, 5.3, 410.26, "2021-05-10"],
  ["dai", "DAI", "Dai", 0.9999, 5.3],
  ["hedera-hashgraph", "HBAR", "Hedera", 0.1102, 4.7, 0.5692, "2021-09-15"],
  ["shiba-inu", "SHIB", "Shiba Inu", 0.00000785, 4.6, 0.00008616, "2021-10-28"],
  ["world-liberty-financial", "WLFI", "World Liberty Financial", 0.155, 4.2],
  ["the-open-network", "TON", "Toncoin", 1.55, 3.8, 8.25, "2024-06-15"],
  ["paypal-usd", "PYUSD", "PayPal USD", 0.9999, 3.6],
  ["crypto-com-chain", "CRO", "Cronos", 0.0912, 3.2],
  ["usd1-wlfi", "USD1", "USD1", 0.9995, 3.1],
  ["polkadot", "DOT", "Polkadot", 1.86, 3.0, 54.98, "2021-11-04"],
  ["uniswap", "UNI", "Uniswap", 4.86, 3.0, 44.92, "2021-05-03"],
  ["mantle", "MNT", "Mantle", 0.91, 2.9],
  ["bitget-token", "BGB", "Bitget Token", 3.52, 2.4],
  ["aave", "AAVE", "Aave", 152.3, 2.3, 661.69, "2021-05-18"],
  ["okb", "OKB", "OKB", 106.0, 2.2],
  ["pepe", "PEPE", "Pepe", 0.00000498, 2.1, 0.00002803, "2024-12-09"],
  ["bittensor", "TAO", "Bittensor", 222.0, 2.1, 757.6, "2024-03-07"],
  ["near", "NEAR", "NEAR Protocol", 1.52, 1.9, 20.44, "2022-01-16"],
  ["tether-gold", "XAUT", "Tether Gold", 5020, 1.9],
  ["internet-computer", "ICP", "Internet Computer", 3.36, 1.8, 700.65, "2021-05-10"],
  ["ethereum-classic", "ETC", "Ethereum Classic", 11.42, 1.7, 167.09, "2021-05-06"],
  ["ethena", "ENA", "Ethena", 0.21, 1.6],
  ["pi-network", "PI", "Pi Network", 0.19, 1.6],
  ["polygon-ecosystem-token", "POL", "POL (ex-MATIC)", 0.137, 1.45],
  ["kucoin-shares", "KCS", "KuCoin Token", 11.2, 1.45],
  ["pax-gold", "PAXG", "PAX Gold", 5030, 1.4],
  ["sky", "SKY", "Sky", 0.064, 1.4],
  ["worldcoin-wld", "WLD", "Worldcoin", 0.48, 1.3],
  ["ripple-usd", "RLUSD", "Ripple USD", 1.0, 1.3],
  ["aptos", "APT", "Aptos", 1.58, 1.2, 19.92, "2023-01-26"],
  ["kaspa", "KAS", "Kaspa", 0.0423, 1.1],
  ["cosmos", "ATOM", "Cosmos Hub", 2.31, 1.1, 44.45, "2022-01-17"],
  ["gatechain-token", "GT", "Gate", 9.9, 1.1],
  ["aster-2", "ASTER", "Aster", 0.67, 1.1],
  ["algorand", "ALGO", "Algorand", 0.1195, 1.05, 3.56, "2019-06-20"],
  ["ondo-finance", "ONDO", "Ondo", 0.33, 1.0],
  ["arbitrum", "ARB", "Arbitrum", 0.182, 1.0, 2.39, "2024-01-12"],
  ["render-token", "RENDER", "Render", 1.95, 1.0],
  ["official-trump", "TRUMP", "Official Trump", 4.95, 1.0],
  ["vechain", "VET", "VeChain", 0.0108, 0.93],
  ["filecoin", "FIL", "Filecoin", 1.32, 0.93, 236.84, "2021-04-01"],
  ["xdce-crowd-sale", "XDC", "XDC Network", 0.048, 0.9],
  ["quant-network", "QNT", "Quant", 72.5, 0.87],
  ["bonk", "BONK", "Bonk", 0.0000097, 0.86],
  ["sei-network", "SEI", "Sei", 0.118, 0.75],
  ["dash", "DASH", "Dash", 58.0, 0.72],
  ["jupiter-exchange-solana", "JUP", "Jupiter", 0.21, 0.66],
  ["pancakeswap-token", "CAKE", "PancakeSwap", 1.92, 0.62],
  ["nexo", "NEXO", "NEXO", 0.95, 0.62],
  ["optimism", "OP", "Optimism", 0.31, 0.6],
  ["stacks", "STX", "Stacks", 0.31, 0.55],
  ["fetch-ai", "FET", "Artificial Superintelligence Alliance", 0.23, 0.53],
  ["curve-dao-token", "CRV", "Curve DAO", 0.37, 0.52],
  ["immutable-x", "IMX", "Immutable", 0.26, 0.51],
  ["first-digital-usd", "FDUSD", "First Digital USD", 0.998, 0.5],
  ["lido-dao", "LDO", "Lido DAO", 0.58, 0.49],
  ["injective-protocol", "INJ", "Injective", 4.82, 0.48],
  ["tezos", "XTZ", "Tezos", 0.46, 0.48],
  ["the-graph", "GRT", "The Graph", 0.044, 0.47],
  ["chiliz", "CHZ", "Chiliz", 0.045, 0.46],
  ["floki", "FLOKI", "FLOKI", 0.0000475, 0.45],
  ["kaia", "KAIA", "Kaia", 0.068, 0.4],
  ["conflux-token", "CFX", "Conflux", 0.075, 0.39],
  ["starknet", "STRK", "Starknet", 0.085, 0.39],
  ["iota", "IOTA", "IOTA", 0.093, 0.37],
  ["celestia", "TIA", "Celestia", 0.45, 0.37],
  ["ethereum-name-service", "ENS", "Ethereum Name Service", 9.6, 0.36],
  ["bitcoin-cash-sv", "BSV", "Bitcoin SV", 18.0, 0.36],
  ["jasmycoin", "JASMY", "JasmyCoin", 0.0071, 0.35],
  ["pendle", "PENDLE", "Pendle", 2.02, 0.33],
  ["the-sandbox", "SAND", "The Sandbox", 0.125, 0.33],
  ["dogwifcoin", "WIF", "dogwifhat", 0.33, 0.33],
  ["zksync", "ZK", "ZKsync", 0.037, 0.33],
  ["trust-wallet-token", "TWT", "Trust Wallet", 0.78, 0.33],
  ["gala", "GALA", "GALA", 0.0068, 0.31],
  ["helium", "HNT", "Helium", 1.62, 0.3],
  ["theta-token", "THETA", "Theta Network", 0.29, 0.29],
];

/** Coins whose price is pegged: their moves are tiny. */
const PEGGED = new Set([
  "tether",
  "usd-coin",
  "usds",
  "ethena-usde",
  "dai",
  "paypal-usd",
  "usd1-wlfi",
  "ripple-usd",
  "first-digital-usd",
  "tether-gold",
  "pax-gold",
]);

/** Deterministic 0..1 from a string. */
function unit(input: string): number {
  return createHash("sha256").update(input).digest().readUInt32BE(0) / 0xffffffff;
}

/** -1..1 from a string. */
function signed(input: string): number {
  return unit(input) * 2 - 1;
}

function roundTo(value: number, significant: number): number {
  return Number(value.toPrecision(significant));
}

/**
 * 168 hourly prices ending at `price`, starting where the 7-day change says: a random walk
 * pulled towards the straight line between the two, so the ends are exact.
 */
function sparkline(id: string, price: number, change7d: number, volatility: number): number[] {
  const hours = 168;
  const start = price / (1 + change7d / 100);
  const points: number[] = [];
  let drift = 0;
  for (let hour = 0; hour < hours; hour++) {
    const t = hour / (hours - 1);
    drift += signed(`${id}:walk:${hour}`) * volatility;
    // Like a Brownian bridge: the walk's deviation from the line shrinks to zero at both ends.
    const deviation = drift * Math.sin(Math.PI * t);
    points.push(roundTo((start + (price - start) * t) * (1 + deviation), 6));
  }
  points[hours - 1] = price;
  return points;
}

/** The top 100 as the seed stores them, ranked by market cap. */
export function demoMarketCoins(now: Date): MarketCoin[] {
  const sorted = [...COINS].sort((a, b) => b[4] - a[4]);
  return sorted.map(([id, symbol, name, price, capBillions, ath, athDay], index) => {
    const pegged = PEGGED.has(id);
    const scale = pegged ? 0.05 : 1;
    const change1h = roundTo(signed(`${id}:1h`) * 1.2 * scale, 4);
    const change24h = roundTo(signed(`${id}:24h`) * 6 * scale, 4);
    const change7d = roundTo(signed(`${id}:7d`) * 14 * scale, 4);
    const marketCap = Math.round(capBillions * 1e9);
    const circulatingSupply = Math.round(marketCap / price);
    const capped = unit(`${id}:max`) > 0.6;
    const athPrice = ath ?? roundTo(price * (1.6 + unit(`${id}:ath`) * 6), 6);
    const athDate =
      athDay ??
      new Date(Date.UTC(2021, 0, 1) + Math.floor(unit(`${id}:athDate`) * 1700) * 86_400_000)
        .toISOString()
        .slice(0, 10);
    return {
      id,
      symbol,
      name,
      rank: index + 1,
      price,
      change1h,
      change24h,
      change7d,
      marketCap,
      volume24h: Math.round(marketCap * (0.015 + unit(`${id}:vol`) * 0.12)),
      circulatingSupply,
      totalSupply: Math.round(circulatingSupply * (1 + unit(`${id}:total`) * 0.3)),
      maxSupply:
        id === "bitcoin" ? 21_000_000 : capped ? Math.round(circulatingSupply * 1.5) : null,
      ath: athPrice,
      athDate: `${athDate}T00:00:00.000Z`,
      sparkline7d: sparkline(id, price, change7d, pegged ? 0.0002 : 0.006),
      lastUpdated: new Date(
        now.getTime() - Math.floor(unit(`${id}:upd`) * 90) * 1000,
      ).toISOString(),
    };
  });
}
