import "server-only";
import { expireCacheTags } from "@/lib/cache-expiry";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";

// What readers see of an article, read before and after a change (articles/queries.ts).
export { readArticleSnapshot } from "./queries";

/**
 * Refreshes exactly the pages that showed the article before or show it now, through the one
 * expiry path (src/lib/cache-expiry.ts). Every article change goes through here by way of
 * afterArticleChange (publish, edit, unpublish, archive, delete, a scheduled article going
 * live). Returns the tags it expired.
 */
export async function refreshArticlePages(
  before: ArticleCacheSnapshot | null,
  after: ArticleCacheSnapshot | null,
): Promise<string[]> {
  const tags = tagsForArticleChange(before, after);
  await expireCacheTags(tags);
  return tags;
}
