import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { cachedSlugRead } from "@/lib/slug-read";
import { categoryBySlug, navigationCategories } from "./queries";

/** The News dropdown, footer Quick Links and search filter: part of every page's chrome. */
export const getNavigationCategories = cachedRead("nav-categories", navigationCategories, {
  tags: () => [cacheTags.site],
  revalidate: cacheSeconds.lists,
});

/** A category by slug; made-up slugs are answered from the navigation list, uncached. */
export const getCategory = cachedSlugRead("category", categoryBySlug, {
  known: async () => (await getNavigationCategories()).map((category) => category.slug),
  tags: (slug) => [cacheTags.category(slug)],
  revalidate: cacheSeconds.lists,
});
