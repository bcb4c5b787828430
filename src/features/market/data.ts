import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheTags } from "@/lib/cache-tags";
import { getPriceService, refreshSeconds } from "./prices";

// Cached price reads for pages. The header's ticker is part of every page, so it comes from the
// data cache with its own short-lived tag: pages stay cacheable (they are rebuilt in the
// background at most once per refresh interval), and the price service behind it asks upstream
// at most once per interval however many pages are rendered.

export const getTickerSnapshot = cachedRead("ticker", () => getPriceService().getTicker(), {
  tags: () => [cacheTags.prices],
  revalidate: refreshSeconds,
});

export const getMarketSnapshot = cachedRead("market", () => getPriceService().getMarket(), {
  tags: () => [cacheTags.market],
  revalidate: refreshSeconds,
});

/** A coin of the market list, or null: made-up ids are answered from the list, uncached. */
export async function getMarketCoin(id: string) {
  const snapshot = await getMarketSnapshot();
  const coin = snapshot?.coins.find((candidate) => candidate.id === id);
  return snapshot && coin ? { snapshot, coin } : null;
}
