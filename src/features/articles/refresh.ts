import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { type ArticleCacheSnapshot, tagsForArticleChange } from "./refresh-rules";
import { readArticleSnapshot as readSnapshotWith } from "./refresh-snapshot";

/** What readers see of article `id` right now (null: it does not exist). Read it before a change
 * and again after, and hand both to refreshArticlePages. */
export function readArticleSnapshot(id: number): Promise<ArticleCacheSnapshot | null> {
  return readSnapshotWith(db, id);
}

/** Expires the given cache tags at once: the next request to any page using them is rebuilt. */
export function expireCacheTags(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * The one function every article change goes through (publish, edit, unpublish, archive,
 * delete, a scheduled article going live): refreshes exactly the pages that showed the article
 * before or show it now. Returns the tags it refreshed.
 */
export function refreshArticlePages(
  before: ArticleCacheSnapshot | null,
  after: ArticleCacheSnapshot | null,
): string[] {
  const tags = tagsForArticleChange(before, after);
  expireCacheTags(tags);
  return tags;
}
