import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { publishedPage, publishedPageSlugs } from "./queries";

const getPublishedPageSlugs = cachedRead("page-slugs", publishedPageSlugs, {
  tags: () => [cacheTags.pageList],
  revalidate: cacheSeconds.lists,
});
const readPublishedPage = cachedRead("page", publishedPage, {
  tags: (slug) => [cacheTags.page(slug)],
  revalidate: cacheSeconds.lists,
});
/** A static page by slug; made-up slugs are answered from the list, without a cache entry. */
export async function getPublishedPage(slug: string) {
  return (await getPublishedPageSlugs()).includes(slug) ? readPublishedPage(slug) : null;
}
