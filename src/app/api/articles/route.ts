import { NextResponse } from "next/server";
import { articleListQuerySchema, listArticlesForApi } from "@/features/articles/api-queries";
import { apiRoute } from "@/lib/api-route";
import { edgeHeadersForTags } from "@/lib/cache/shared-cache";
import { cacheTags } from "@/lib/cache-tags";

export const dynamic = "force-dynamic";

const CACHE = "public, s-maxage=60, stale-while-revalidate=300";

/** GET /api/articles?page=&perPage=&category=&tag= — published articles, newest first. */
export const GET = apiRoute({
  name: "articles.list",
  access: "public",
  query: articleListQuerySchema,
  run: async ({ query }) => {
    // Any change to a public article expires `news`; a filtered list also follows its category
    // or tag.
    const tags = [
      cacheTags.news,
      ...(query.category ? [cacheTags.category(query.category)] : []),
      ...(query.tag ? [cacheTags.tag(query.tag)] : []),
    ];
    return NextResponse.json(await listArticlesForApi(query), {
      headers: { "Cache-Control": CACHE, ...edgeHeadersForTags(tags) },
    });
  },
});
