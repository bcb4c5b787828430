import { NextResponse, type NextRequest } from "next/server";
import { articleListQuerySchema, listArticlesForApi } from "@/features/articles/api";
import { edgeHeadersForTags } from "@/lib/cache/shared-cache";
import { cacheTags } from "@/lib/cache-tags";
import { answeringWhileDatabaseUnavailable } from "@/lib/database-unavailable-response";

export const dynamic = "force-dynamic";

const CACHE = "public, s-maxage=60, stale-while-revalidate=300";

/** GET /api/articles?page=&perPage=&category=&tag= — published articles, newest first. */
export async function GET(request: NextRequest) {
  const parsed = articleListQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json(
      {
        error: "Invalid query",
        issues: parsed.error.issues.map((i) => ({
          parameter: i.path.join("."),
          message: i.message,
        })),
      },
      { status: 400 },
    );
  }
  // Any change to a public article expires `news`; a filtered list also follows its category or tag.
  const tags = [
    cacheTags.news,
    ...(parsed.data.category ? [cacheTags.category(parsed.data.category)] : []),
    ...(parsed.data.tag ? [cacheTags.tag(parsed.data.tag)] : []),
  ];
  return answeringWhileDatabaseUnavailable(async () =>
    NextResponse.json(await listArticlesForApi(parsed.data), {
      headers: { "Cache-Control": CACHE, ...edgeHeadersForTags(tags) },
    }),
  );
}
