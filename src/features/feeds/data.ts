import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { feedArticles, recentNewsArticles, sitemapEntries } from "./queries";

export const getFeedArticles = cachedRead(
  "feed",
  (categoryId: number | null) => feedArticles(categoryId ? { categoryId } : {}),
  { tags: () => [cacheTags.feeds], revalidate: cacheSeconds.lists },
);

export const getSitemapEntries = cachedRead("sitemap", sitemapEntries, {
  tags: () => [cacheTags.sitemaps],
  revalidate: cacheSeconds.lists,
});

export const getRecentNewsArticles = cachedRead("news-sitemap", recentNewsArticles, {
  tags: () => [cacheTags.sitemaps],
  revalidate: cacheSeconds.lists,
});
