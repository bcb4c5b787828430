import "server-only";
import { expireCacheTags } from "@/lib/cache-expiry";
import { db } from "@/lib/db";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";
import { readArticleSnapshot as readSnapshotWith } from "./snapshot-queries";

/** What readers see of article `id` right now (null: it does not exist). Read it before a change
 * and again after, and hand both to refreshArticlePages. */
export function readArticleSnapshot(id: number): Promise<ArticleCacheSnapshot | null> {
  return readSnapshotWith(db, id);
}

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
