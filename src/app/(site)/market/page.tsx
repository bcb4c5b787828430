import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MARKET_PAGE_SIZE } from "@/features/market/assets";
import { MarketTable, marketHref } from "@/features/market/components/market-table";
import { SnapshotNote } from "@/features/market/components/snapshot-note";
import { getMarketSnapshot } from "@/features/market/data";
import { formatCompactUsd } from "@/features/market/format";
import { sortCoins } from "@/features/market/rules";
import { defaultDirection, marketQuerySchema } from "@/features/market/schemas";
import { getSiteSettings } from "@/features/settings/data";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: `Crypto prices by market cap — ${settings.siteName}`,
    description: "Prices, 1 h / 24 h / 7 d changes, market caps and volumes of the top 100 coins.",
    alternates: { canonical: "/market" },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function MarketPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = marketQuerySchema.parse({
    sort: first(raw.sort),
    dir: first(raw.dir),
    page: first(raw.page),
  });
  const dir = query.dir ?? defaultDirection(query.sort);
  const [settings, snapshot] = await Promise.all([getSiteSettings(), getMarketSnapshot()]);

  if (!snapshot) {
    return (
      <>
        <h1 className="text-3xl font-extrabold tracking-tight">Crypto prices by market cap</h1>
        <p className="mt-4">Market data is unavailable right now. Please try again shortly.</p>
      </>
    );
  }
  const pages = Math.max(1, Math.ceil(snapshot.coins.length / MARKET_PAGE_SIZE));
  if (query.page > pages) notFound();
  const sorted = sortCoins(snapshot.coins, query.sort, dir);
  const shown = sorted.slice((query.page - 1) * MARKET_PAGE_SIZE, query.page * MARKET_PAGE_SIZE);
  const totalCap = snapshot.coins.reduce((sum, coin) => sum + (coin.marketCap ?? 0), 0);

  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Crypto prices by market cap</h1>
      <p className="mt-3 text-lg">
        The top {snapshot.coins.length} coins are worth{" "}
        <strong className="tabular-nums">{formatCompactUsd(totalCap)}</strong> in total market cap.
      </p>
      <div className="mt-1 mb-6">
        <SnapshotNote {...snapshot} timeZone={settings.timeZone} />
      </div>
      <MarketTable coins={shown} sort={query.sort} dir={dir} />
      {pages > 1 && (
        <nav aria-label="Pagination" className="mt-6 flex gap-3">
          {query.page > 1 && (
            <Link href={marketHref(query.sort, dir, query.page - 1)} rel="prev">
              ← Previous 100
            </Link>
          )}
          {query.page < pages && (
            <Link href={marketHref(query.sort, dir, query.page + 1)} rel="next">
              Next 100 →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
