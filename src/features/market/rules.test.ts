import { describe, expect, it } from "vitest";
import { sortCoins, thinSeries } from "./rules";
import type { MarketCoin } from "./types";

function coin(id: string, rank: number, price: number, change24h: number | null): MarketCoin {
  return {
    id,
    symbol: id.toUpperCase(),
    name: id,
    rank,
    price,
    change1h: null,
    change24h,
    change7d: null,
    marketCap: null,
    volume24h: null,
    circulatingSupply: null,
    totalSupply: null,
    maxSupply: null,
    ath: null,
    athDate: null,
    sparkline7d: [],
    lastUpdated: "2026-01-27T00:00:00.000Z",
  };
}

const coins = [coin("b", 2, 10, 1), coin("a", 1, 100, null), coin("c", 3, 1, -5)];

describe("sortCoins", () => {
  it("sorts by a number column either way, missing values last", () => {
    expect(sortCoins(coins, "price", "desc").map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(sortCoins(coins, "price", "asc").map((c) => c.id)).toEqual(["c", "b", "a"]);
    expect(sortCoins(coins, "change24h", "desc").map((c) => c.id)).toEqual(["b", "c", "a"]);
    expect(sortCoins(coins, "change24h", "asc").map((c) => c.id)).toEqual(["c", "b", "a"]);
  });

  it("sorts by name and rank", () => {
    expect(sortCoins(coins, "name", "asc").map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(sortCoins(coins, "rank", "desc").map((c) => c.id)).toEqual(["c", "b", "a"]);
  });
});

describe("thinSeries", () => {
  it("keeps short series and thins long ones, keeping the last point", () => {
    expect(thinSeries([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(thinSeries([0, 1, 2, 3, 4, 5, 6], 3)).toEqual([0, 3, 6]);
    expect(thinSeries([0, 1, 2, 3, 4, 5, 6, 7], 3)).toEqual([0, 3, 6, 7]);
  });
});
