import type { Prisma } from "@/generated/prisma/client";
import { logger } from "@/lib/logger";
import { isSiteLocalPath } from "@/lib/site-paths";
import { articleUrl } from "./urls";

// What the public may see, said once. An article is public while its status is PUBLISHED and its
// publishedAt has come (archived, draft, in-review and scheduled articles are not; a deleted one
// is gone). The rule is written three ways for the three ways the site reads articles — Prisma
// queries, raw SQL (the proxy's pg lookups and full-text search) and a record already in hand —
// and nowhere else. Old URLs follow it too: a redirect to an article leads somewhere only while
// the article is public (redirectDestination, used by the proxy and the article page alike).
//
// No database client and no "server-only" here: the proxy imports this module.

type ArticleState = { status: string; publishedAt: Date | null };

/** Prisma `where` fragment: articles public at `now`. Combine with AND when a query narrows publishedAt. */
export function publicArticleWhere(now = new Date()) {
  return {
    status: "PUBLISHED" as const,
    publishedAt: { lte: now },
  } satisfies Prisma.ArticleWhereInput;
}

/**
 * The same rule as a SQL condition on the "Article" row aliased `alias` (a fixed name from the
 * calling code, never request data).
 */
export function publicArticleSql(alias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return `${alias}.status = 'PUBLISHED' AND ${alias}."publishedAt" <= now()`;
}

/** The same rule for an article already read. */
export function isPublicArticle(article: ArticleState, now = new Date()): boolean {
  return (
    article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now
  );
}

/** A stored redirect: to an article (its current URL is derived) or to a fixed path. */
export interface StoredRedirect {
  toPath: string | null;
  article: (ArticleState & { slug: string; kind: "NEWS" | "GUIDE" }) | null;
}

/** What to read of a Redirect row for redirectDestination, in Prisma. */
export const storedRedirectSelect = {
  toPath: true,
  article: { select: { slug: true, kind: true, status: true, publishedAt: true } },
} as const satisfies Prisma.RedirectSelect;

/**
 * Where a stored redirect sends a visitor now, or null when it sends nowhere: an article that is
 * not public has no URL to go to (its old URLs answer 404 like any unknown one). The admin form
 * refuses targets off this site, but a row saved before that check (or written by hand) must not
 * turn the site into an open redirect: such a redirect is not followed.
 */
export function redirectDestination(redirect: StoredRedirect, now = new Date()): string | null {
  const location = redirect.article
    ? isPublicArticle(redirect.article, now)
      ? articleUrl(redirect.article)
      : null
    : redirect.toPath;
  if (!location) return null;
  if (!isSiteLocalPath(location)) {
    logger().warn({ location }, "[redirects] ignoring a redirect that leaves the site");
    return null;
  }
  return location;
}
