import { cacheTags } from "@/lib/cache-tags";

// Pure rules of the category admin (slugs: src/lib/slugs.ts).

export type Direction = "up" | "down";

/**
 * The navigation order after moving `id` one place up or down. Moving the first item up or the
 * last one down changes nothing; an unknown id changes nothing.
 */
export function moveInOrder(ids: readonly number[], id: number, direction: Direction): number[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}

/**
 * The position writes that make `order` the stored order with contiguous positions 0..n-1,
 * skipping rows that already hold their position.
 */
export function positionUpdates(
  order: readonly number[],
  current: ReadonlyMap<number, number>,
): { id: number; position: number }[] {
  return order.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}

/** What the public site shows of a category, before or after a change. */
export type CategoryView = {
  slug: string;
  name: string;
  description: string;
};

/** The public articles filed under a category: the pages that print its name or link to it. */
export interface CategoryArticles {
  articleSlugs: string[];
  tagSlugs: string[];
  authorUsernames: string[];
  hasNews: boolean;
  hasGuides: boolean;
}

/**
 * The cache tags a category change affects. `before` null: created; `after` null: deleted.
 * The nav (header dropdown, footer Quick Links, search filter) is under `site`; the sitemap lists
 * every category; a changed name or slug shows on every card and article page of its articles.
 */
export function tagsForCategoryChange(
  before: CategoryView | null,
  after: CategoryView | null,
  articles: CategoryArticles,
): string[] {
  const tags = new Set<string>();
  for (const state of [before, after]) if (state) tags.add(cacheTags.category(state.slug));
  const renamed = !before || !after || before.name !== after.name || before.slug !== after.slug;
  if (renamed) {
    tags.add(cacheTags.site);
    if (before?.slug !== after?.slug) tags.add(cacheTags.sitemaps);
    if (before && after && before.slug !== after.slug) tags.add(cacheTags.redirects);
    if (articles.articleSlugs.length > 0) {
      // Cards (category label and link), article pages, feeds, search hits and home blocks.
      for (const tag of [cacheTags.home, cacheTags.feeds, cacheTags.search, cacheTags.popular]) {
        tags.add(tag);
      }
      if (articles.hasNews) tags.add(cacheTags.news);
      if (articles.hasGuides) tags.add(cacheTags.guides);
      for (const slug of articles.articleSlugs) tags.add(cacheTags.article(slug));
      for (const slug of articles.tagSlugs) tags.add(cacheTags.tag(slug));
      for (const username of articles.authorUsernames) tags.add(cacheTags.author(username));
    }
  }
  return [...tags].sort();
}

/** Reordering the nav: the chrome of every page and the home page's category blocks. */
export function tagsForNavReorder(): string[] {
  return [cacheTags.home, cacheTags.site];
}
