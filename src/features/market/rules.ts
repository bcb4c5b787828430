// Pure logic of the market pages: sorting and paging the table.
import type { MarketSortKey } from "./schemas";
import type { MarketCoin } from "./types";

/** Sorts by a column; coins without a value go last in either direction, ties by rank. */
export function sortCoins(
  coins: readonly MarketCoin[],
  sort: MarketSortKey,
  dir: "asc" | "desc",
): MarketCoin[] {
  const factor = dir === "asc" ? 1 : -1;
  const byRank = (a: MarketCoin, b: MarketCoin) =>
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
  return [...coins].sort((a, b) => {
    if (sort === "name") return factor * a.name.localeCompare(b.name, "en") || byRank(a, b);
    const x = a[sort];
    const y = b[sort];
    if (x === null && y === null) return byRank(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return factor * (x - y) || byRank(a, b);
  });
}

/** Every nth point, always keeping the last: enough for a 120-pixel sparkline. */
export function thinSeries(values: readonly number[], maxPoints: number): number[] {
  if (values.length <= maxPoints) return [...values];
  const step = Math.ceil(values.length / maxPoints);
  const thinned = values.filter((_, index) => index % step === 0);
  if ((values.length - 1) % step !== 0) thinned.push(values[values.length - 1]!);
  return thinned;
}
