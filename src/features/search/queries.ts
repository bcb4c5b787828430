import "server-only";
import { publicArticleSql } from "@/features/articles/visibility";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { MARK_END, MARK_START } from "./highlight";

export interface SearchHit {
  id: number;
  slug: string;
  kind: "NEWS" | "GUIDE";
  title: string;
  dek: string;
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
  snippet: string;
}

/** Only public articles are searched (src/features/articles/visibility.ts). */
const IS_PUBLIC = Prisma.raw(publicArticleSql("a"));

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over published articles: websearch_to_tsquery accepts anything a person
 * types (quotes, operators, stray symbols) without syntax errors; ranking uses the weighted
 * vector (title > dek > body); snippets come from ts_headline.
 *
 * One pass over the matches ranks and counts them: only (id, rank, date) of each match goes
 * through the count and the sort, and the page's rows alone are then read in full and get a
 * snippet. A common query can match a large share of all articles, so each match should cost as
 * little as possible.
 */
export async function searchArticles(options: {
  query: string;
  categoryId?: number;
  page: number;
  pageSize: number;
}) {
  const offset = (options.page - 1) * options.pageSize;
  const category = options.categoryId ?? null;
  const rows = await db.$queryRaw<(SearchHit & { total: number })[]>`
    WITH matches AS MATERIALIZED (
      -- Materialized so the rank is computed here, beside the vector, and the rows that the
      -- count and the sort hold stay narrow.
      SELECT a.id, a."publishedAt",
             ts_rank_cd(a.search, websearch_to_tsquery('english', ${options.query})) AS rank
      FROM "Article" a
      WHERE ${IS_PUBLIC}
        AND a.search @@ websearch_to_tsquery('english', ${options.query})
        AND (${category}::int IS NULL OR a."categoryId" = ${category}::int)
    ),
    page AS (
      SELECT id, rank, "publishedAt", count(*) OVER () AS total
      FROM matches
      ORDER BY rank DESC, "publishedAt" DESC
      LIMIT ${options.pageSize} OFFSET ${offset}
    )
    SELECT p.total::int AS total, a.id, a.slug, a.kind::text AS kind, a.title, a.dek,
           a."publishedAt", c.name AS "categoryName", c.slug AS "categorySlug",
           ts_headline('english', a.dek || ' ' || a."bodyText",
                       websearch_to_tsquery('english', ${options.query}), ${HEADLINE_OPTIONS}) AS snippet
    FROM page p
    JOIN "Article" a ON a.id = p.id
    JOIN "Category" c ON c.id = a."categoryId"
    ORDER BY p.rank DESC, p."publishedAt" DESC`;
  if (rows.length > 0) {
    const total = rows[0]!.total;
    return { total, hits: rows.map(({ total: _total, ...hit }) => hit) };
  }
  // No row: either nothing matches, or the page is past the last one and the caller needs the
  // total to tell which.
  if (offset === 0) return { total: 0, hits: [] as SearchHit[] };
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total
    FROM "Article" a
    WHERE ${IS_PUBLIC}
      AND a.search @@ websearch_to_tsquery('english', ${options.query})
      AND (${category}::int IS NULL OR a."categoryId" = ${category}::int)`;
  return { total, hits: [] as SearchHit[] };
}
