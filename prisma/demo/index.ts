// One entry point for all demo content: the seed and the image generator import from here.
import { CRYPTO_ARTICLES } from "./articles-crypto";
import { MARKETS_ARTICLES } from "./articles-markets";
import { GUIDES } from "./guides";
import type { DemoArticle } from "./types";

export { DEMO_TAGS } from "./tags";
export { DEMO_AUTHORS, DEMO_COMMENTS, DEMO_PAGES, DEMO_SETTINGS } from "./site";
export type { DemoSettings } from "./site";

/** Every demo article and guide, in a fixed order (markets, crypto, guides). */
export function allDemoArticles(): DemoArticle[] {
  return [...MARKETS_ARTICLES, ...CRYPTO_ARTICLES, ...GUIDES];
}
