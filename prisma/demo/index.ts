// One entry point for all demo content: the seed and the image generator import from here.
import { CRYPTO } from "./content/crypto";
import { GUIDES } from "./content/guides";
import { MARKETS } from "./content/markets";
import { REFERENCE_ARTICLE } from "./content/reference";
import type { DemoArticle } from "./types";

export { DEMO_TAGS } from "./tags";
export { DEMO_AUTHORS, DEMO_COMMENTS, DEMO_PAGES, DEMO_SETTINGS } from "./site";
export type { DemoSettings } from "./site";

/** Every demo article and guide, in a fixed order. */
export function allDemoArticles(): DemoArticle[] {
  return [REFERENCE_ARTICLE, ...MARKETS, ...CRYPTO, ...GUIDES];
}
