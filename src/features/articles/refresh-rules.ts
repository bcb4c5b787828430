import { cacheTags } from "@/lib/cache-tags";

/** What the public site showed (or will show) of one article: enough to know which pages
 * display it. Read before and after a change (after-change.ts). */
export interface ArticleCacheSnapshot {
  slug: string;
  kind: "NEWS" | "GUIDE";
  categorySlug: string;
  tagSlugs: string[];
  authorUsernames: string[];
  /** Published with a publication time that has passed: visible to readers. */
  isPublic: boolean;
  /** The articles whose previous/next links point at this one. */
  neighbourSlugs: string[];
  /** Among the most read, so shown in Popular News lists. */
  isPopular: boolean;
  /** For webhook payloads (src/features/webhooks), which must describe an article even after it
   * was deleted. Filled by readArticleSnapshot; optional so hand-made snapshots need not. */
  title?: string;
  publishedAt?: Date | null;
}

/**
 * The cache tags to refresh when an article changes from `before` to `after` (null: did not
 * exist / no longer exists). Only public states matter: a draft edited is nothing to readers;
 * going public, changing while public, or leaving the public site refreshes every page that
 * showed it before and every page that shows it now.
 */
export function tagsForArticleChange(
  before: ArticleCacheSnapshot | null,
  after: ArticleCacheSnapshot | null,
): string[] {
  const tags = new Set<string>();
  for (const state of [before, after]) {
    if (!state?.isPublic) continue;
    tags.add(cacheTags.article(state.slug));
    tags.add(state.kind === "GUIDE" ? cacheTags.guides : cacheTags.news);
    tags.add(cacheTags.home);
    tags.add(cacheTags.feeds);
    tags.add(cacheTags.sitemaps);
    tags.add(cacheTags.category(state.categorySlug));
    for (const slug of state.tagSlugs) tags.add(cacheTags.tag(slug));
    for (const username of state.authorUsernames) tags.add(cacheTags.author(username));
    tags.add(cacheTags.authorList); // a first (or last) public article adds (or removes) a byline page
    for (const slug of state.neighbourSlugs) tags.add(cacheTags.article(slug));
    if (state.isPopular) tags.add(cacheTags.popular);
  }
  // Old URLs (Redirect rows) answer with a redirect only while their article is public: a new
  // slug of a public article makes its old URL redirect, and an article going public or leaving
  // changes what all of its old URLs answer (redirect ↔ 404) — on the next request, not after the
  // cached answer expires.
  const wasPublic = before?.isPublic ?? false;
  const isPublic = after?.isPublic ?? false;
  if (wasPublic !== isPublic || (wasPublic && after && before!.slug !== after.slug)) {
    tags.add(cacheTags.redirects);
  }
  return [...tags].sort();
}
