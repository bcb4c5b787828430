import { NextResponse } from "next/server";
import { getPriceService, refreshSeconds } from "@/features/market/prices";
import { pricesQuerySchema } from "@/features/market/schemas";
import { apiRoute } from "@/lib/api-route";
import { edgeHeadersForTags } from "@/lib/cache/shared-cache";
import { cacheTags } from "@/lib/cache-tags";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** A CDN may serve one answer per interval and keep serving it while it fetches the next. */
const CACHE = `public, max-age=0, s-maxage=${refreshSeconds}, stale-while-revalidate=${refreshSeconds * 5}`;

/** GET /api/prices[?ids=bitcoin,ethereum] — the ticker's prices (see features/market). */
export const GET = apiRoute({
  name: "prices.ticker",
  access: "public",
  query: pricesQuerySchema,
  run: async ({ query }) => {
    let snapshot;
    try {
      snapshot = await getPriceService().getTicker();
    } catch (error) {
      // The service does not throw; this guards against the unforeseen all the same.
      logger().error({ err: error }, "[prices] unexpected error");
      snapshot = null;
    }
    if (!snapshot) {
      return NextResponse.json(
        { error: "Prices are not available yet", reason: "no price data has been received" },
        {
          status: 503,
          headers: { "Cache-Control": "no-store", "Retry-After": String(refreshSeconds) },
        },
      );
    }
    const ids = new Set<string>(query.ids);
    return NextResponse.json(
      { ...snapshot, assets: snapshot.assets.filter((asset) => ids.has(asset.id)) },
      { headers: { "Cache-Control": CACHE, ...edgeHeadersForTags([cacheTags.prices]) } },
    );
  },
});
