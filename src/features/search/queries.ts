import "server-only";
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

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over published articles: websearch_to_tsquery accepts anything a person
 * types (quotes, operators, stray symbols) without syntax errors; ranking uses the weighted
 * vector (title > dek > body); snippets come from ts_headline.
 */
export async function searchArticles(options: {
  query: string;
  categoryId?: number;
  page: number;
  pageSize: number;
}) {
  const offset = (options.page - 1) * options.pageSize;
  const category = options.categoryId ?? null;
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total
    FROM "Article" a
    WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now()
      AND a.search @@ websearch_to_tsquery('english', ${options.query})
      AND (${category}::int IS NULL OR a."categoryId" = ${category}::int)`;
  if (total === 0) return { total, hits: [] as SearchHit[] };
  const hits = await db.$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${options.query}) AS query),
    ranked AS (
      SELECT a.id, a.slug, a.kind::text AS kind, a.title, a.dek, a."publishedAt", a."bodyText",
             c.name AS "categoryName", c.slug AS "categorySlug",
             ts_rank_cd(a.search, q.query) AS rank
      FROM "Article" a JOIN "Category" c ON c.id = a."categoryId", q
      WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now()
        AND a.search @@ q.query
        AND (${category}::int IS NULL OR a."categoryId" = ${category}::int)
      ORDER BY rank DESC, a."publishedAt" DESC
      LIMIT ${options.pageSize} OFFSET ${offset}
    )
    SELECT r.id, r.slug, r.kind, r.title, r.dek, r."publishedAt", r."categoryName", r."categorySlug",
           ts_headline('english', r.dek || ' ' || r."bodyText", q.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM ranked r, q
    ORDER BY r.rank DESC, r."publishedAt" DESC`;
  return { total, hits };
}
