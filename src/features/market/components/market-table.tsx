import Link from "next/link";
import { formatPrice, formatUsdWhole } from "../format";
import { thinSeries } from "../rules";
import { defaultDirection, type MarketSortKey } from "../schemas";
import type { MarketCoin } from "../types";
import { PriceChange } from "./price-change";
import { SparklineSvg } from "./sparkline-svg";

const COLUMNS: { key: MarketSortKey; label: string; numeric: boolean }[] = [
  { key: "rank", label: "#", numeric: true },
  { key: "name", label: "Coin", numeric: false },
  { key: "price", label: "Price", numeric: true },
  { key: "change1h", label: "1h", numeric: true },
  { key: "change24h", label: "24h", numeric: true },
  { key: "change7d", label: "7d", numeric: true },
  { key: "marketCap", label: "Market cap", numeric: true },
  { key: "volume24h", label: "Volume (24h)", numeric: true },
];

export function marketHref(sort: MarketSortKey, dir: "asc" | "desc", page = 1): string {
  const params = new URLSearchParams();
  if (sort !== "rank") params.set("sort", sort);
  if (dir !== defaultDirection(sort)) params.set("dir", dir);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/market?${query}` : "/market";
}

/** The market table. Column headers are links: sorting is URL state and works without JS. */
export function MarketTable({
  coins,
  sort,
  dir,
}: {
  coins: MarketCoin[];
  sort: MarketSortKey;
  dir: "asc" | "desc";
}) {
  const cell = "px-3 py-2";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[960px] border-collapse text-sm">
        <caption className="sr-only">
          Top coins by market cap; select a column heading to sort by it
        </caption>
        <thead>
          <tr className="border-b border-neutral-300 text-left dark:border-neutral-700">
            {COLUMNS.map((column) => {
              const active = column.key === sort;
              const nextDir = active
                ? dir === "asc"
                  ? "desc"
                  : "asc"
                : defaultDirection(column.key);
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                  className={`${cell} whitespace-nowrap ${column.numeric ? "text-right" : ""}`}
                >
                  <Link
                    prefetch={false}
                    href={marketHref(column.key, nextDir)}
                    className="font-semibold hover:underline"
                  >
                    {column.label}
                    <span aria-hidden="true" className="ml-1 text-xs">
                      {active ? (dir === "asc" ? "▲" : "▼") : ""}
                    </span>
                  </Link>
                </th>
              );
            })}
            <th scope="col" className={`${cell} whitespace-nowrap text-right`}>
              Last 7 days
            </th>
          </tr>
        </thead>
        <tbody>
          {coins.map((coin) => (
            <tr key={coin.id} className="border-b border-neutral-200 dark:border-neutral-800">
              <td
                className={`${cell} text-right tabular-nums text-neutral-600 dark:text-neutral-400`}
              >
                {coin.rank ?? "—"}
              </td>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link prefetch={false} href={`/market/${coin.id}`} className="hover:underline">
                  <span className="font-semibold">{coin.name}</span>{" "}
                  <span className="text-neutral-600 dark:text-neutral-400">{coin.symbol}</span>
                </Link>
              </th>
              <td className={`${cell} text-right tabular-nums`}>{formatPrice(coin.price)}</td>
              <td className={`${cell} text-right`}>
                <PriceChange value={coin.change1h} />
              </td>
              <td className={`${cell} text-right`}>
                <PriceChange value={coin.change24h} />
              </td>
              <td className={`${cell} text-right`}>
                <PriceChange value={coin.change7d} />
              </td>
              <td className={`${cell} text-right tabular-nums`}>
                {formatUsdWhole(coin.marketCap)}
              </td>
              <td className={`${cell} text-right tabular-nums`}>
                {formatUsdWhole(coin.volume24h)}
              </td>
              <td className={`${cell} text-right`}>
                <SparklineSvg values={thinSeries(coin.sparkline7d, 56)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
