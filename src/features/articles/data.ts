import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { PAGE_SIZE, pageCount } from "./pagination";
import * as q from "./queries";

// The public site's cached article reads. Each is tagged with what it shows, so that a change
// to an article refreshes exactly the pages that show it (see refresh.ts).

/** The article page's own data; the slug tag also covers the 404 a missing slug renders. */
export const getPublishedArticle = cachedRead("article", q.publishedArticleBySlug, {
  tags: (slug) => [cacheTags.article(slug)],
  revalidate: cacheSeconds.article,
});

/** Related articles: they change with the article's category and tags. */
export const getRelatedArticles = cachedRead(
  "related",
  (article: {
    id: number;
    categoryId: number;
    categorySlug: string;
    tags: { tag: { id: number; slug: string } }[];
  }) => q.relatedArticles(article),
  {
    tags: (article) => [
      cacheTags.category(article.categorySlug),
      ...article.tags.map((t) => cacheTags.tag(t.tag.slug)),
    ],
    revalidate: cacheSeconds.article,
  },
);

/** Previous/next: tagged as the article itself; a neighbour's change refreshes this page. */
export const getAdjacentArticles = cachedRead(
  "adjacent",
  (article: { id: number; slug: string; kind: "NEWS" | "GUIDE"; publishedAt: Date }) =>
    q.adjacentArticles({ ...article, publishedAt: new Date(article.publishedAt) }),
  { tags: (article) => [cacheTags.article(article.slug)], revalidate: cacheSeconds.article },
);

export const getPopularArticles = cachedRead("popular", q.popularArticles, {
  tags: () => [cacheTags.popular],
  revalidate: cacheSeconds.popular,
});

export const getRedirectTarget = cachedRead("redirect", q.redirectTarget, {
  tags: () => [cacheTags.redirects],
  revalidate: cacheSeconds.lists,
});

// The home page's lists.
export const getHomeLead = cachedRead("home-lead", q.publishedArticleCard, {
  tags: (slug) => [cacheTags.home, cacheTags.article(slug)],
  revalidate: cacheSeconds.lists,
});
export const getLatestNews = cachedRead("latest", q.latestPublishedArticles, {
  tags: () => [cacheTags.home],
  revalidate: cacheSeconds.lists,
});
export const getCategoryBlocks = cachedRead("category-blocks", q.latestByCategory, {
  tags: () => [cacheTags.home],
  revalidate: cacheSeconds.lists,
});
export const getGuideTeaser = cachedRead(
  "guide-teaser",
  async (limit: number) => q.publishedArticleList({ kind: "GUIDE" }, 1, limit),
  { tags: () => [cacheTags.home], revalidate: cacheSeconds.lists },
);

/** Which list an archive page shows; the slug names the tag its page is cached under. */
export type ArchiveScope =
  | { kind: "NEWS" | "GUIDE" }
  | { category: { id: number; slug: string } }
  | { tag: { id: number; slug: string } }
  | { author: { id: number; username: string } };

function scopeFilter(scope: ArchiveScope): q.ArticleListFilter {
  if ("category" in scope) return { categoryId: scope.category.id };
  if ("tag" in scope) return { tagId: scope.tag.id };
  if ("author" in scope) return { authorId: scope.author.id };
  return { kind: scope.kind };
}

function scopeTag(scope: ArchiveScope): string {
  if ("category" in scope) return cacheTags.category(scope.category.slug);
  if ("tag" in scope) return cacheTags.tag(scope.tag.slug);
  if ("author" in scope) return cacheTags.author(scope.author.username);
  return scope.kind === "GUIDE" ? cacheTags.guides : cacheTags.news;
}

const getArchiveTotal = cachedRead(
  "archive-total",
  (scope: ArchiveScope) => q.countPublishedArticles(scopeFilter(scope)),
  { tags: (scope) => [scopeTag(scope)], revalidate: cacheSeconds.lists },
);

const getArchiveArticles = cachedRead(
  "archive-page",
  (scope: ArchiveScope, page: number) =>
    q.publishedArticleList(scopeFilter(scope), page, PAGE_SIZE),
  { tags: (...[scope]) => [scopeTag(scope)], revalidate: cacheSeconds.lists },
);

/**
 * One page of an archive, or null when the page does not exist. The total is read first so a
 * page past the end is never read (nor cached): arbitrary ?page= values cannot fill the cache.
 */
export async function getArchivePage(scope: ArchiveScope, page: number) {
  const total = await getArchiveTotal(scope);
  const pages = pageCount(total);
  if (page > pages) return null;
  return { total, pages, articles: await getArchiveArticles(scope, page) };
}

const getTagSlugs = cachedRead("tag-slugs", q.allTagSlugs, {
  tags: () => [cacheTags.tagList],
  revalidate: cacheSeconds.lists,
});
const readTag = cachedRead("tag", q.tagBySlug, {
  tags: (slug) => [cacheTags.tag(slug)],
  revalidate: cacheSeconds.lists,
});
/** A tag by slug; made-up slugs are answered from the list, without a cache entry of their own. */
export async function getTag(slug: string) {
  return (await getTagSlugs()).includes(slug) ? readTag(slug) : null;
}

const getAuthorUsernames = cachedRead("author-usernames", q.authorUsernames, {
  tags: () => [cacheTags.authorList],
  revalidate: cacheSeconds.lists,
});
const readAuthor = cachedRead("author", q.authorByUsername, {
  tags: (username) => [cacheTags.author(username)],
  revalidate: cacheSeconds.lists,
});
export async function getAuthor(username: string) {
  return (await getAuthorUsernames()).includes(username) ? readAuthor(username) : null;
}
