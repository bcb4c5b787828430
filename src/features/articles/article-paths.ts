// What the proxy needs to know about an /news/<slug> or /learn/<slug> URL before any page runs:
// whether an article has that slug (any status: the page itself decides 200 or 404 and caches
// it), or else whether the path is an old URL with a redirect. Unknown paths never reach the page,
// so arbitrary URLs cannot fill the page cache, and old slugs answer 301 from here.
import pg from "pg";
import { env } from "@/env";

export type ArticlePathOutcome =
  | { type: "known" }
  | { type: "redirect"; location: string; status: 301 | 302 | 307 | 308 }
  | { type: "unknown" };

const ARTICLE_PATH = /^\/(news|learn)\/([^/]+)$/;
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
  const match = ARTICLE_PATH.exec(pathname);
  if (!match) return { type: "known" }; // not an article URL: nothing to decide here
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return { type: "unknown" };
  }
  const { pool, known } = state();
  const until = known.get(slug);
  if (until !== undefined && until > Date.now()) return { type: "known" };

  const { rows } = await pool.query<{
    known: boolean;
    location: string | null;
    status: number | null;
  }>(
    `SELECT EXISTS (SELECT 1 FROM "Article" WHERE slug = $1) AS known,
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
    remember(known, slug);
    return { type: "known" };
  }
  if (row?.location) {
    const status = REDIRECT_STATUSES.has(row.status ?? 301) ? (row.status as 301) : 301;
    return { type: "redirect", location: row.location, status };
  }
  return { type: "unknown" };
}
