// Every cache tag the public site uses, in one place. A page is tagged with the tags of the
// data it reads (see the features' data.ts files); a change refreshes exactly the tags it
// touched (src/features/articles/after-change.ts for articles).

export const cacheTags = {
  /** Site settings and the category navigation: the chrome of every page. */
  site: "site",
  /** The home page's own lists: lead story, latest news, category blocks, Learn teaser. */
  home: "home",
  /** Lists spanning all news: /news and the JSON list API. */
  news: "news",
  /** Lists of Learn guides: /learn. */
  guides: "guides",
  /** RSS feeds: /feed.xml and every /category/[slug]/feed.xml. */
  feeds: "feeds",
  /** /sitemap.xml, its parts and /news-sitemap.xml. */
  sitemaps: "sitemaps",
  /** Full-text search results. */
  search: "search",
  /** Most read in the last 7 days (sidebars and the home page); also refreshed by time. */
  popular: "popular",
  /** The header's price ticker (every page's chrome); also refreshed by time. */
  prices: "prices",
  /** The market table and coin pages' price data; also refreshed by time. */
  market: "market",
  /** Old URLs that answer with a redirect. */
  redirects: "redirects",
  /** Which tags, bylines and static pages exist: checked before a page reads one by its slug,
   * so URLs with made-up slugs never create cache entries. */
  tagList: "tags",
  authorList: "authors",
  pageList: "pages",
  /** One article's page (by slug, so a page that answered 404 for a slug is tagged too). */
  article: (slug: string) => `article:${slug}`,
  /** A category's page and the related lists of its articles. */
  category: (slug: string) => `category:${slug}`,
  /** A tag's page and the related lists of its articles. */
  tag: (slug: string) => `tag:${slug}`,
  /** An author's page. */
  author: (username: string) => `author:${username}`,
  /** The published comments of one article (its page's comment list and count). */
  comments: (slug: string) => `comments:${slug}`,
  /** A static page from the Page table. */
  page: (slug: string) => `page:${slug}`,
} as const;

/** The tags that are not per item: expiring them all expires every cached page and read. */
export const siteWideCacheTags: string[] = Object.values(cacheTags).flatMap((tag) =>
  typeof tag === "string" ? [tag] : [],
);

/** The per-item tags' prefixes ("article:", "category:", …), read off the functions above. */
const keyedCacheTagPrefixes: string[] = Object.values(cacheTags).flatMap((tag) =>
  typeof tag === "function" ? [tag("")] : [],
);

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Tags an outside caller (the revalidation route, the edge) may name: the shapes above and
 * nothing else. Built from `cacheTags`, so a new tag cannot be forgotten here. */
export const cacheTagPattern = new RegExp(
  `^(?:${siteWideCacheTags.map(escapeForRegExp).join("|")}|(?:${keyedCacheTagPrefixes
    .map(escapeForRegExp)
    .join("|")})[A-Za-z0-9][\\w.-]{0,199})$`,
);

/** How long a cached page or read may be served before it is rebuilt in the background, even
 * without an explicit refresh: the safety net under tag revalidation (and what keeps "Popular"
 * current, since counting a view does not revalidate anything). */
export const cacheSeconds = {
  lists: 300,
  article: 900,
  popular: 600,
} as const;
