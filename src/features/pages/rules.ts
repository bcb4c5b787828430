import { slugProblem } from "@/lib/slugs";
import { cacheTags } from "@/lib/cache-tags";
import { SITE_SECTIONS } from "@/lib/site-sections";

// Static pages live at /<slug>, beside the site's own top-level routes: a page slug must never
// take one of those (tests check this list against src/app).

export const RESERVED_PAGE_SLUGS = SITE_SECTIONS;

const reserved = new Set<string>(RESERVED_PAGE_SLUGS);

/** Why a slug cannot name a static page, or null. */
export function pageSlugProblem(slug: string): string | null {
  const shape = slugProblem(slug);
  if (shape) return shape;
  if (reserved.has(slug)) {
    return `“/${slug}” is one of the site's own sections: choose another slug.`;
  }
  return null;
}

export type PageView = { slug: string; published: boolean };

/**
 * Cache tags a static page change affects: the page at its old and new URL, the list of published
 * slugs (checked before a page is read) when a URL appears or goes, the sitemap (it lists
 * published pages with their last change) and redirects when a published page moves.
 */
export function tagsForPageChange(before: PageView | null, after: PageView | null): string[] {
  const tags = new Set<string>();
  for (const state of [before, after]) if (state) tags.add(cacheTags.page(state.slug));
  const listed = (state: PageView | null) => (state?.published ? state.slug : null);
  if (listed(before) !== listed(after)) tags.add(cacheTags.pageList);
  if (before?.published || after?.published) tags.add(cacheTags.sitemaps);
  if (before?.published && after && before.slug !== after.slug) tags.add(cacheTags.redirects);
  return [...tags].sort();
}
