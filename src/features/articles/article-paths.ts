// What the proxy needs to know about a slug URL of a cached page — /news/<slug>, /learn/<slug>,
// /category/<slug>, /tag/<slug>, /author/<username> — before any page runs: whether a record has
// that slug (for articles any status: the page itself decides 200 or 404 and caches it), or else
// whether the path is an old URL with a redirect. Unknown paths never reach the page, so arbitrary
// URLs cannot fill the page cache, and old slugs answer 301 from here.
import pg from "pg";
import { env } from "@/env";

export type ArticlePathOutcome =
  | { type: "known" }
  | { type: "redirect"; location: string; status: 301 | 302 | 307 | 308 }
  | { type: "unknown" };

const SLUG_PATH = /^\/(news|learn|category|tag|author)\/([^/]+)$/;

/** Which table holds each kind of slug (fixed strings: never built from the request). */
const SLUG_EXISTS: Record<string, string> = {
  news: `SELECT 1 FROM "Article" WHERE slug = $1`,
  learn: `SELECT 1 FROM "Article" WHERE slug = $1`,
  category: `SELECT 1 FROM "Category" WHERE slug = $1`,
  tag: `SELECT 1 FROM "Tag" WHERE slug = $1`,
  author: `SELECT 1 FROM "User" WHERE username = $1`,
};
const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);

/** Slugs known to exist, kept briefly; unknown ones are always asked again (one indexed read). */
const KNOWN_TTL_MS = 60_000;
const KNOWN_MAX = 20_000;

interface PathState {
  pool: pg.Pool;
  known: Map<string, number>;
}

const globalState = globalThis as unknown as { articlePaths?: PathState };

function state(): PathState {
  globalState.articlePaths ??= {
    pool: new pg.Pool({ connectionString: env.DATABASE_URL, max: 4, idleTimeoutMillis: 30_000 }),
    known: new Map(),
  };
  return globalState.articlePaths;
}

function remember(known: Map<string, number>, slug: string): void {
  if (known.size >= KNOWN_MAX) known.delete(known.keys().next().value!);
  known.set(slug, Date.now() + KNOWN_TTL_MS);
}

export async function resolveArticlePath(pathname: string): Promise<ArticlePathOutcome> {
  const match = SLUG_PATH.exec(pathname);
  if (!match) return { type: "known" }; // not a slug URL: nothing to decide here
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return { type: "unknown" };
  }
  const { pool, known } = state();
  const knownKey = `${match[1]}/${slug}`;
  const until = known.get(knownKey);
  if (until !== undefined && until > Date.now()) return { type: "known" };

  const { rows } = await pool.query<{
    known: boolean;
    location: string | null;
    status: number | null;
  }>(
    `SELECT EXISTS (${SLUG_EXISTS[match[1]!]}) AS known,
            r.location, r.status
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (
         SELECT CASE
                  WHEN r."articleId" IS NULL THEN r."toPath"
                  WHEN a.status = 'PUBLISHED' AND a."publishedAt" <= now()
                    THEN CASE a.kind WHEN 'GUIDE' THEN '/learn/' ELSE '/news/' END || a.slug
                END AS location,
                r."statusCode" AS status
           FROM "Redirect" r LEFT JOIN "Article" a ON a.id = r."articleId"
          WHERE r."fromPath" = $2
       ) r ON true`,
    [slug, pathname],
  );
  const row = rows[0];
  if (row?.known) {
    remember(known, knownKey);
    return { type: "known" };
  }
  if (row?.location) {
    const status = REDIRECT_STATUSES.has(row.status ?? 301) ? (row.status as 301) : 301;
    return { type: "redirect", location: row.location, status };
  }
  return { type: "unknown" };
}
