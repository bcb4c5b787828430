import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { cachedSlugRead } from "@/lib/slug-read";
import { publishedPage, publishedPageSlugs } from "./queries";

const getPublishedPageSlugs = cachedRead("page-slugs", publishedPageSlugs, {
  tags: () => [cacheTags.pageList],
  revalidate: cacheSeconds.lists,
});

/** A static page by slug; made-up slugs are answered from the list, without a cache entry. */
export const getPublishedPage = cachedSlugRead("page", publishedPage, {
  known: getPublishedPageSlugs,
  tags: (slug) => [cacheTags.page(slug)],
  revalidate: cacheSeconds.lists,
});
