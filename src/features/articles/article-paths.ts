// What the proxy needs to know about a URL before any page runs. For the slug URLs of cached
// pages — /news/<slug>, /learn/<slug>, /category/<slug>, /tag/<slug>, /author/<username> — whether
// a public record has that slug (an article that is published now; a user credited on one), or
// else whether the path is an old URL with a redirect. Drafts, scheduled articles and users
// without a published article count as unknown, so their URLs get the very same 404 as a slug
// that never existed (status, cache headers and body): a page rendering notFound() would answer a
// cached 404 of its own and tell a visitor that the slug exists. Unknown slug paths never reach the
// page, so arbitrary URLs cannot fill the page cache, and old slugs answer 301 from here. For every
// other path: whether the Redirect table has it (old static-page URLs, legacy URLs an admin
// added), answered from an in-memory set of those paths.
//
// The lookups are raw SQL on a small pool of the proxy's own (one statement per path: the slug
// check and the redirect together), but the rules are not written here: "public now" and where a
// redirect leads come from visibility.ts, the module the pages' Prisma queries use, so the proxy
// and the article page (getRedirectTarget) answer an old URL the same way.
import type pg from "pg";
import { env } from "@/env";
import { createBoundedPool } from "@/lib/db-pool";
import { observeDbPool } from "@/lib/metrics";
import { pathMemo } from "@/lib/path-memo";
import { publicArticleSql, redirectDestination, type StoredRedirect } from "./visibility";

export type ArticlePathOutcome =
  | { type: "known" }
  | { type: "redirect"; location: string; status: 301 | 302 | 307 | 308 }
  | { type: "unknown" };

const SLUG_PATH = /^\/(news|learn|category|tag|author)\/([^/]+)$/;

/** "Public now", as src/features/articles/visibility.ts states it for SQL. */
const ARTICLE_IS_PUBLIC = publicArticleSql("a");
/** Which table holds each kind of slug (fixed strings: never built from the request). */
const SLUG_EXISTS: Record<string, string> = {
  news: `SELECT 1 FROM "Article" a WHERE a.slug = $1 AND ${ARTICLE_IS_PUBLIC}`,
  learn: `SELECT 1 FROM "Article" a WHERE a.slug = $1 AND ${ARTICLE_IS_PUBLIC}`,
  category: `SELECT 1 FROM "Category" WHERE slug = $1`,
  tag: `SELECT 1 FROM "Tag" WHERE slug = $1`,
  author: `SELECT 1 FROM "User" u
             JOIN "ArticleAuthor" aa ON aa."userId" = u.id
             JOIN "Article" a ON a.id = aa."articleId"
            WHERE u.username = $1 AND ${ARTICLE_IS_PUBLIC}`,
};
const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);

/** Slugs known to exist, kept briefly; unknown ones are always asked again (one indexed read). */
const KNOWN_TTL_MS = 60_000;
const KNOWN_MAX = 20_000;

/** The set of non-article redirect paths is reloaded at least this often (other instances' edits). */
const REDIRECT_PATHS_TTL_MS = 30_000;
/** Above this many, the set is not kept and every such path is looked up. */
const REDIRECT_PATHS_MAX = 50_000;

interface PathState {
  pool: pg.Pool;
}

const globalState = globalThis as unknown as { articlePaths?: PathState };

function state(): PathState {
  if (!globalState.articlePaths) {
    // The readers' time limits: every page path waits on this lookup (src/lib/db-pool.ts).
    const pool = createBoundedPool(env.DATABASE_URL ?? "", {
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: env.DB_QUERY_TIMEOUT_MS,
      max: 4,
    });
    observeDbPool("proxy", pool);
    globalState.articlePaths = { pool };
  }
  return globalState.articlePaths;
}

function remember(known: Map<string, number>, slug: string): void {
  if (known.size >= KNOWN_MAX) known.delete(known.keys().next().value!);
  known.set(slug, Date.now() + KNOWN_TTL_MS);
}

// Redirects or slugs changed: the memo is forgotten (src/lib/path-memo.ts).
export { forgetRedirectPaths } from "@/lib/path-memo";

/**
 * A Redirect row as the page reads it with Prisma (storedRedirectSelect in visibility.ts), so
 * that both follow it by the one rule, redirectDestination. publishedAt comes as epoch
 * milliseconds: Prisma stores UTC in a timestamp without time zone, which pg would read as local
 * time.
 */
const REDIRECT_ROW_SQL = `
  SELECT r."toPath", r."statusCode" AS status, r."articleId",
         a.slug, a.kind::text AS kind, a.status::text AS "articleStatus",
         (extract(epoch FROM a."publishedAt") * 1000)::float8 AS "publishedAtMs"
    FROM "Redirect" r LEFT JOIN "Article" a ON a.id = r."articleId"
   WHERE r."fromPath" = $1`;

interface RedirectRow {
  toPath: string | null;
  status: number | null;
  articleId: number | null;
  slug: string | null;
  kind: string | null;
  articleStatus: string | null;
  publishedAtMs: number | null;
}

function storedRedirect(row: RedirectRow): StoredRedirect {
  return {
    toPath: row.toPath,
    article:
      row.articleId === null
        ? null
        : {
            slug: row.slug ?? "",
            kind: row.kind === "GUIDE" ? "GUIDE" : "NEWS",
            status: row.articleStatus ?? "",
            publishedAt: row.publishedAtMs === null ? null : new Date(row.publishedAtMs),
          },
  };
}

function redirectOutcome(row: RedirectRow | undefined) {
  if (!row) return null;
  const location = redirectDestination(storedRedirect(row));
  if (!location) return null;
  const status = REDIRECT_STATUSES.has(row.status ?? 301) ? (row.status as 301) : 301;
  return { type: "redirect" as const, location, status };
}

async function redirectPathSet(current: PathState): Promise<Set<string> | "too-many"> {
  const memo = pathMemo();
  const cached = memo.redirectPaths;
  if (cached && Date.now() - cached.loadedAt < REDIRECT_PATHS_TTL_MS) return cached.paths;
  const { rows } = await current.pool.query<{ fromPath: string }>(
    `SELECT "fromPath" FROM "Redirect"
      WHERE "fromPath" !~ '^/(news|learn|category|tag|author)/[^/]+$'
      LIMIT ${REDIRECT_PATHS_MAX + 1}`,
  );
  const paths =
    rows.length > REDIRECT_PATHS_MAX ? "too-many" : new Set(rows.map((row) => row.fromPath));
  memo.redirectPaths = { paths, loadedAt: Date.now() };
  return paths;
}

/** Any other path: a redirect if the Redirect table has one for it, else the route answers. */
async function resolveOtherPath(pathname: string): Promise<ArticlePathOutcome> {
  const current = state();
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const paths = await redirectPathSet(current);
  if (paths !== "too-many" && !paths.has(path)) return { type: "known" };
  const { rows } = await current.pool.query<RedirectRow>(REDIRECT_ROW_SQL, [path]);
  return redirectOutcome(rows[0]) ?? { type: "known" };
}

export async function resolveArticlePath(pathname: string): Promise<ArticlePathOutcome> {
  const match = SLUG_PATH.exec(pathname);
  if (!match) return resolveOtherPath(pathname);
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return { type: "unknown" };
  }
  const { pool } = state();
  const { known } = pathMemo();
  const knownKey = `${match[1]}/${slug}`;
  const until = known.get(knownKey);
  if (until !== undefined && until > Date.now()) return { type: "known" };

  const { rows } = await pool.query<RedirectRow & { known: boolean }>(
    `SELECT EXISTS (${SLUG_EXISTS[match[1]!]}) AS known, r.*
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (${REDIRECT_ROW_SQL.replace("$1", "$2")}) r ON true`,
    [slug, pathname],
  );
  const row = rows[0];
  if (row?.known) {
    remember(known, knownKey);
    return { type: "known" };
  }
  return redirectOutcome(row) ?? { type: "unknown" };
}
