import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { publishedPage } from "./queries";

export const getPublishedPage = cachedRead("page", publishedPage, {
  tags: (slug) => [cacheTags.page(slug)],
  revalidate: cacheSeconds.lists,
});
