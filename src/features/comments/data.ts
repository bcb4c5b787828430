import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { publicComments } from "./queries";

/** The article page's comment list and count, refreshed by the comments tag when they change. */
export const getArticleComments = cachedRead("comments", publicComments, {
  tags: (slug) => [cacheTags.comments(slug)],
  revalidate: cacheSeconds.article,
});
