// The last good prices, kept in PostgreSQL (PriceSnapshot: one row per asset). Written after
// every successful upstream call, read on start-up and whenever upstream fails, so a restart or
// a second instance starts warm and readers never see an empty strip. The market feature's one
// table: its reads and the refresher's writes both live here.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ProviderAnswer } from "./providers/provider";
import type { MarketCoin, TickerAsset } from "./types";

export interface SnapshotStore {
  readTicker(ids: readonly string[]): Promise<ProviderAnswer<TickerAsset[]> | null>;
  readMarket(count: number): Promise<ProviderAnswer<MarketCoin[]> | null>;
  saveTicker(answer: ProviderAnswer<TickerAsset[]>): Promise<void>;
  saveMarket(answer: ProviderAnswer<MarketCoin[]>): Promise<void>;
}

const sparklineSchema = z.array(z.number()).catch([]);

const select = {
  assetId: true,
  symbol: true,
  name: true,
  marketCapRank: true,
  priceUsd: true,
  change1h: true,
  change24h: true,
  change7d: true,
  marketCap: true,
  volume24h: true,
  circulatingSupply: true,
  totalSupply: true,
  maxSupply: true,
  ath: true,
  athDate: true,
  sparkline7d: true,
  lastUpdated: true,
  source: true,
  fetchedAt: true,
} as const satisfies Prisma.PriceSnapshotSelect;

type Row = Prisma.PriceSnapshotGetPayload<{ select: typeof select }>;

/** The snapshot's time is that of its oldest row: we never claim fresher data than we have. */
function stamp<T>(rows: Row[], data: T): ProviderAnswer<T> {
  const oldest = rows.reduce((min, row) => (row.fetchedAt < min.fetchedAt ? row : min));
  const sources = new Set(rows.map((row) => row.source));
  return {
    data,
    asOf: oldest.fetchedAt,
    source: sources.size === 1 ? oldest.source : [...sources].sort().join("+"),
  };
}

function toTickerAsset(row: Row): TickerAsset {
  return {
    id: row.assetId,
    symbol: row.symbol,
    name: row.name,
    price: row.priceUsd,
    change24h: row.change24h,
    marketCap: row.marketCap,
    volume24h: row.volume24h,
    lastUpdated: row.lastUpdated.toISOString(),
  };
}

/** A market coin is a ticker quote with its rank, longer-range changes, supply and history. */
function toMarketCoin(row: Row): MarketCoin {
  return {
    ...toTickerAsset(row),
    rank: row.marketCapRank,
    change1h: row.change1h,
    change7d: row.change7d,
    circulatingSupply: row.circulatingSupply,
    totalSupply: row.totalSupply,
    maxSupply: row.maxSupply,
    ath: row.ath,
    athDate: row.athDate?.toISOString() ?? null,
    sparkline7d: sparklineSchema.parse(row.sparkline7d),
  };
}

/** The columns of a quote (what the ticker knows), stamped with where and when it came from. */
function quoteColumns(asset: TickerAsset, source: string, fetchedAt: Date) {
  return {
    priceUsd: asset.price,
    change24h: asset.change24h,
    marketCap: asset.marketCap,
    volume24h: asset.volume24h,
    lastUpdated: new Date(asset.lastUpdated),
    source,
    fetchedAt,
  };
}

export function createSnapshotStore(prisma: PrismaClient): SnapshotStore {
  return {
    async readTicker(ids) {
      const rows: Row[] = await prisma.priceSnapshot.findMany({
        where: { assetId: { in: [...ids] } },
        select,
      });
      if (rows.length === 0) return null;
      const byId = new Map(rows.map((row) => [row.assetId, row]));
      const ordered = ids.flatMap((id) => byId.get(id) ?? []);
      return stamp(ordered, ordered.map(toTickerAsset));
    },

    async readMarket(count) {
      const rows: Row[] = await prisma.priceSnapshot.findMany({
        where: { marketCapRank: { not: null } },
        orderBy: [{ marketCapRank: "asc" }, { assetId: "asc" }],
        take: count,
        select,
      });
      if (rows.length === 0) return null;
      return stamp(rows, rows.map(toMarketCoin));
    },

    async saveTicker({ data, asOf, source }) {
      await prisma.$transaction(
        data.map((asset) => {
          const quote = quoteColumns(asset, source, asOf);
          return prisma.priceSnapshot.upsert({
            where: { assetId: asset.id },
            create: { assetId: asset.id, symbol: asset.symbol, name: asset.name, ...quote },
            update: quote,
          });
        }),
      );
    },

    async saveMarket({ data, asOf, source }) {
      const ids = data.map((coin) => coin.id);
      await prisma.$transaction([
        // Coins that left the top list keep their last quote but no longer claim a rank.
        prisma.priceSnapshot.updateMany({
          where: { assetId: { notIn: ids }, marketCapRank: { not: null } },
          data: { marketCapRank: null },
        }),
        ...data.map((coin) => {
          const row = {
            symbol: coin.symbol,
            name: coin.name,
            marketCapRank: coin.rank,
            change1h: coin.change1h,
            change7d: coin.change7d,
            circulatingSupply: coin.circulatingSupply,
            totalSupply: coin.totalSupply,
            maxSupply: coin.maxSupply,
            ath: coin.ath,
            athDate: coin.athDate ? new Date(coin.athDate) : null,
            sparkline7d: coin.sparkline7d,
            ...quoteColumns(coin, source, asOf),
          };
          return prisma.priceSnapshot.upsert({
            where: { assetId: coin.id },
            create: { assetId: coin.id, ...row },
            update: row,
          });
        }),
      ]);
    },
  };
}

/** The store on the site's database (the price service's; tests build their own on theirs). */
export function databaseSnapshotStore(): SnapshotStore {
  return createSnapshotStore(db);
}
