import { z } from "zod";
import { COIN_ID_PATTERN, TICKER_IDS, isTickerId } from "./assets";

/**
 * GET /api/prices?ids=bitcoin,ethereum — optional; only the ticker's ids. The answer keeps the
 * ticker's order whatever order the ids are given in.
 */
export const pricesQuerySchema = z.object({
  ids: z
    .string()
    .max(500, "ids is too long")
    .optional()
    .transform((value, context) => {
      if (value === undefined) return [...TICKER_IDS];
      const ids = value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean);
      if (ids.length === 0) {
        context.addIssue({ code: "custom", message: "ids is empty" });
        return z.NEVER;
      }
      const unknown = ids.filter((id) => !isTickerId(id));
      if (unknown.length > 0) {
        context.addIssue({
          code: "custom",
          message: `unknown id${unknown.length > 1 ? "s" : ""}: ${unknown
            .slice(0, 5)
            .map((id) => JSON.stringify(id.slice(0, 40)))
            .join(", ")}; known ids are ${TICKER_IDS.join(", ")}`,
        });
        return z.NEVER;
      }
      return TICKER_IDS.filter((id) => ids.includes(id));
    }),
});

export const MARKET_SORT_KEYS = [
  "rank",
  "name",
  "price",
  "change1h",
  "change24h",
  "change7d",
  "marketCap",
  "volume24h",
] as const;
export type MarketSortKey = (typeof MARKET_SORT_KEYS)[number];

/** /market?sort=&dir=&page= — bad values fall back to the defaults instead of failing. */
export const marketQuerySchema = z.object({
  sort: z.enum(MARKET_SORT_KEYS).catch("rank"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type MarketQuery = z.infer<typeof marketQuerySchema>;

/** The direction a column sorts in first: rank and name ascending, numbers largest first. */
export function defaultDirection(sort: MarketSortKey): "asc" | "desc" {
  return sort === "rank" || sort === "name" ? "asc" : "desc";
}

export const coinIdSchema = z.string().regex(COIN_ID_PATTERN);
