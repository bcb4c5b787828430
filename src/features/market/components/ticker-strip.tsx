"use client";
import Link from "next/link";
import { useState } from "react";
import useSWR from "swr";
import { formatPrice, formatTimeOfDay } from "../format";
import type { TickerAsset, TickerSnapshot } from "../types";
import { PriceChange } from "./price-change";
import { SourceAttribution } from "./source-attribution";

async function fetchPrices(url: string): Promise<TickerSnapshot> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  // On an error SWR keeps showing the prices it has.
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as TickerSnapshot;
}

function TickerItem({ asset, copy }: { asset: TickerAsset; copy?: boolean }) {
  return (
    <li className="flex shrink-0 items-center">
      <Link
        prefetch={false}
        href={`/market/${asset.id}`}
        tabIndex={copy ? -1 : undefined}
        className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-white/10"
      >
        <span
          aria-hidden="true"
          className="grid size-5 place-items-center rounded-full bg-white/15 text-[0.6rem] font-bold"
        >
          {asset.symbol.slice(0, 1)}
        </span>
        <span className="font-semibold">{asset.name}</span>
        <span className="text-neutral-400">{asset.symbol}</span>
        <span className="tabular-nums">{formatPrice(asset.price)}</span>
        <PriceChange value={asset.change24h} tone="dark" />
      </Link>
    </li>
  );
}

/**
 * The header's price strip. Rendered on the server with the cached prices, then refreshed with
 * SWR every refresh interval while the tab is visible. The marquee is two copies of the list side
 * by side (the second hidden from assistive technology); it pauses on hover, on focus and with the
 * Pause button, and does not move at all under prefers-reduced-motion (globals.css).
 */
export function TickerStrip({
  initial,
  refreshMs,
  timeZone,
}: {
  initial: TickerSnapshot | null;
  refreshMs: number;
  timeZone: string;
}) {
  const [paused, setPaused] = useState(false);
  // A cached page can be older than one interval: then fetch current prices right away.
  const [outdated] = useState(
    () => initial === null || Date.now() - Date.parse(initial.asOf) > refreshMs,
  );
  const { data } = useSWR<TickerSnapshot>("/api/prices", fetchPrices, {
    fallbackData: initial ?? undefined,
    refreshInterval: refreshMs,
    refreshWhenHidden: false,
    revalidateOnMount: outdated,
    revalidateIfStale: false,
    dedupingInterval: Math.min(refreshMs, 10_000),
  });
  const snapshot = data ?? initial;

  return (
    <section
      aria-label="Crypto prices"
      className="ticker bg-neutral-900 text-sm text-neutral-100 dark:bg-black"
    >
      <div className="mx-auto flex h-10 max-w-7xl items-center gap-3 px-4">
        {snapshot && snapshot.assets.length > 0 ? (
          <>
            <div className="ticker-viewport min-w-0 flex-1" data-paused={paused ? "true" : "false"}>
              <div className="ticker-track flex w-max">
                <ul aria-label="Prices, 24 hour change" className="flex shrink-0 gap-5 pr-5">
                  {snapshot.assets.map((asset) => (
                    <TickerItem key={asset.id} asset={asset} />
                  ))}
                </ul>
                <ul aria-hidden="true" className="ticker-copy flex shrink-0 gap-5 pr-5">
                  {snapshot.assets.map((asset) => (
                    <TickerItem key={asset.id} asset={asset} copy />
                  ))}
                </ul>
              </div>
            </div>
            <button
              type="button"
              className="ticker-toggle shrink-0 rounded border border-white/30 px-2 py-0.5 text-xs font-semibold hover:bg-white/10"
              aria-label={paused ? "Play price ticker" : "Pause price ticker"}
              onClick={() => setPaused((value) => !value)}
            >
              {paused ? "Play" : "Pause"}
            </button>
            <p className="hidden shrink-0 text-xs text-neutral-300 md:block">
              {snapshot.stale && (
                <span className="mr-2 rounded bg-amber-300 px-1.5 py-0.5 font-semibold text-neutral-950">
                  Delayed
                </span>
              )}
              as of{" "}
              <time dateTime={snapshot.asOf} className="tabular-nums">
                {formatTimeOfDay(snapshot.asOf, timeZone)}
              </time>
              {" · "}
              <SourceAttribution source={snapshot.source} />
            </p>
          </>
        ) : (
          <p className="text-neutral-300">Prices are unavailable right now.</p>
        )}
      </div>
    </section>
  );
}
