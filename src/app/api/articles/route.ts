import { NextResponse, type NextRequest } from "next/server";
import { articleListQuerySchema, listArticlesForApi } from "@/features/articles/api";

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
  return NextResponse.json(await listArticlesForApi(parsed.data), {
    headers: { "Cache-Control": CACHE },
  });
}
