import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleListSection } from "@/features/articles/components/article-list-section";
import { formatDateTime } from "@/features/articles/format";
import { getArchivePage, getTag } from "@/features/articles/data";
import { coinTagSlug } from "@/features/market/assets";
import { PriceChange } from "@/features/market/components/price-change";
import { PriceChart } from "@/features/market/components/price-chart";
import { SnapshotNote } from "@/features/market/components/snapshot-note";
import { getMarketCoin } from "@/features/market/data";
import { formatPrice, formatSupply, formatUsdWhole } from "@/features/market/format";
import { coinIdSchema } from "@/features/market/schemas";
import { getSiteSettings } from "@/features/settings/data";

// Rendered per request from cached reads (like the archives with ?page=): no page is stored per
// URL, so made-up coin ids cannot fill the page cache; they get the 404 from the coin list.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ coin: string }>;
}

async function findCoin(id: string) {
  return coinIdSchema.safeParse(id).success ? getMarketCoin(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { coin: id } = await params;
  const [found, settings] = await Promise.all([findCoin(id), getSiteSettings()]);
  if (!found) return { title: `Page not found — ${settings.siteName}` };
  const { coin } = found;
  return {
    title: `${coin.name} (${coin.symbol}) price — ${settings.siteName}`,
    description: `${coin.name} price, market cap, volume, supply, all-time high and the latest ${coin.name} news.`,
    alternates: { canonical: `/market/${coin.id}` },
  };
}

export default async function CoinPage({ params }: Props) {
  const { coin: id } = await params;
  const found = await findCoin(id);
  if (!found) notFound();
  const { coin, snapshot } = found;
  const [settings, tag] = await Promise.all([getSiteSettings(), getTag(coinTagSlug(coin.id))]);
  const articles = tag ? await getArchivePage({ tag: { id: tag.id, slug: tag.slug } }, 1) : null;

  const stats: [string, ReactNode][] = [
    ["Market cap rank", coin.rank ? `#${coin.rank}` : "—"],
    ["Market cap", formatUsdWhole(coin.marketCap)],
    ["Volume (24h)", formatUsdWhole(coin.volume24h)],
    ["Change (1h)", <PriceChange key="1h" value={coin.change1h} />],
    ["Change (24h)", <PriceChange key="24h" value={coin.change24h} />],
    ["Change (7d)", <PriceChange key="7d" value={coin.change7d} />],
    ["Circulating supply", formatSupply(coin.circulatingSupply, coin.symbol)],
    ["Total supply", formatSupply(coin.totalSupply, coin.symbol)],
    ["Max supply", coin.maxSupply ? formatSupply(coin.maxSupply, coin.symbol) : "No cap"],
    [
      "All-time high",
      coin.ath ? (
        <>
          {formatPrice(coin.ath)}
          {coin.athDate && (
            <>
              {" "}
              on{" "}
              <time dateTime={coin.athDate}>
                {formatDateTime(new Date(coin.athDate), "UTC").replace(/ \d+:\d+ [ap]m$/, "")}
              </time>
            </>
          )}
        </>
      ) : (
        "—"
      ),
    ],
  ];

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_320px]">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm">
          <Link href="/market" className="text-brand-700 hover:underline dark:text-blue-300">
            Market
          </Link>{" "}
          / {coin.name}
        </nav>
        <h1 className="text-3xl font-extrabold tracking-tight">
          {coin.name} <span className="text-neutral-600 dark:text-neutral-400">{coin.symbol}</span>
        </h1>
        <p className="mt-3 flex items-baseline gap-3">
          <span className="text-4xl font-bold tabular-nums">{formatPrice(coin.price)}</span>
          <span className="text-lg">
            <PriceChange value={coin.change24h} /> <span className="text-sm">(24h)</span>
          </span>
        </p>
        <div className="mt-1 mb-6">
          <SnapshotNote {...snapshot} timeZone={settings.timeZone} />
        </div>
        <h2 className="mb-3 text-xl font-bold">Last 7 days</h2>
        <PriceChart name={coin.name} values={coin.sparkline7d} />
        <h2 className="mt-8 mb-3 text-xl font-bold">Statistics</h2>
        <dl className="grid grid-cols-1 gap-x-8 sm:grid-cols-2">
          {stats.map(([label, value]) => (
            <div
              key={label}
              className="flex justify-between gap-4 border-b border-neutral-200 py-2 dark:border-neutral-800"
            >
              <dt className="text-neutral-600 dark:text-neutral-400">{label}</dt>
              <dd className="text-right font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <aside>
        {articles && articles.articles.length > 0 ? (
          <ArticleListSection
            id="coin-news"
            title={`Latest ${coin.name} news`}
            articles={articles.articles.slice(0, 6)}
            timeZone={settings.timeZone}
            footer={
              tag && (
                <Link
                  href={`/tag/${tag.slug}`}
                  className="font-semibold text-brand-700 hover:underline dark:text-blue-300"
                >
                  All {tag.name} articles →
                </Link>
              )
            }
          />
        ) : (
          <p className="text-neutral-600 dark:text-neutral-400">No {coin.name} news yet.</p>
        )}
      </aside>
    </div>
  );
}
