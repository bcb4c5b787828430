import "server-only";
import { env } from "@/env";
import { createPriceService, type PriceService } from "./price-service";
import { createCoinGeckoProvider } from "./providers/coingecko";
import { createOfflineProvider } from "./providers/offline";
import { databaseSnapshotStore } from "./snapshot-queries";

// The process's one price service, configured from the environment. Kept on globalThis because
// Next may load this module once per route bundle: the single flight must span them all.
const globalPrices = globalThis as unknown as { coinmelaPriceService?: PriceService };

export function getPriceService(): PriceService {
  if (!globalPrices.coinmelaPriceService) {
    const store = databaseSnapshotStore();
    const provider =
      env.PRICE_PROVIDER === "coingecko"
        ? createCoinGeckoProvider({
            baseUrl: env.COINGECKO_BASE_URL,
            plan: env.COINGECKO_PLAN,
            apiKey: env.COINGECKO_API_KEY,
            timeoutMs: env.COINGECKO_TIMEOUT_MS,
          })
        : createOfflineProvider(store);
    globalPrices.coinmelaPriceService = createPriceService({
      provider,
      store,
      refreshMs: env.PRICE_REFRESH_SECONDS * 1000,
    });
  }
  return globalPrices.coinmelaPriceService;
}

/** The refresh interval, for Cache-Control and the browser's SWR refresh. */
export const refreshSeconds = env.PRICE_REFRESH_SECONDS;
