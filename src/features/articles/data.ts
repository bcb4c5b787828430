import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { PAGE_SIZE, pageCount } from "./pagination";
import * as q from "./queries";

// The public site's cached article reads. Each is tagged with what it shows, so that a change
// to an article refreshes exactly the pages that show it (see after-change.ts).

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

/** A read of a list (or of something kept with the lists), cached for `cacheSeconds.lists`. */
function listRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: NoInfer<Args>) => string[],
) {
  return cachedRead(name, read, { tags, revalidate: cacheSeconds.lists });
}

export const getRedirectTarget = listRead("redirect", q.redirectTarget, () => [
  cacheTags.redirects,
]);

// The home page's lists.
export const getHomeLead = listRead("home-lead", q.publishedArticleCard, (slug) => [
  cacheTags.home,
  cacheTags.article(slug),
]);
export const getLatestNews = listRead("latest", q.latestPublishedArticles, () => [cacheTags.home]);
export const getCategoryBlocks = listRead("category-blocks", q.latestByCategory, () => [
  cacheTags.home,
]);
export const getGuideTeaser = listRead(
  "guide-teaser",
  async (limit: number) => q.publishedArticleList({ kind: "GUIDE" }, 1, limit),
  () => [cacheTags.home],
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

const getArchiveTotal = listRead(
  "archive-total",
  (scope: ArchiveScope) => q.countPublishedArticles(scopeFilter(scope)),
  (scope) => [scopeTag(scope)],
);

const getArchiveArticles = listRead(
  "archive-page",
  (scope: ArchiveScope, page: number) =>
    q.publishedArticleList(scopeFilter(scope), page, PAGE_SIZE),
  (...[scope]) => [scopeTag(scope)],
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

/**
 * A cached read of one tag or author by its slug, for archive pages. The list of the slugs that
 * exist is cached too, and a made-up slug is answered from it, without a cache entry of its own.
 */
function knownSlugRead<Item>(
  names: { list: string; item: string },
  reads: { slugs: () => Promise<string[]>; item: (slug: string) => Promise<Item> },
  tags: { list: string; item: (slug: string) => string },
) {
  const slugs = listRead(names.list, reads.slugs, () => [tags.list]);
  const item = listRead(names.item, reads.item, (slug) => [tags.item(slug)]);
  return async (slug: string): Promise<Item | null> =>
    (await slugs()).includes(slug) ? item(slug) : null;
}

export const getTag = knownSlugRead(
  { list: "tag-slugs", item: "tag" },
  { slugs: q.allTagSlugs, item: q.tagBySlug },
  { list: cacheTags.tagList, item: cacheTags.tag },
);

export const getAuthor = knownSlugRead(
  { list: "author-usernames", item: "author" },
  { slugs: q.authorUsernames, item: q.authorByUsername },
  { list: cacheTags.authorList, item: cacheTags.author },
);
