import { NextResponse } from "next/server";
import { articleForApi } from "@/features/articles/api";
import { edgeHeadersForTags } from "@/lib/cache/shared-cache";
import { cacheTags } from "@/lib/cache-tags";
import { answeringWhileDatabaseUnavailable } from "@/lib/database-unavailable-response";

export const dynamic = "force-dynamic";

/** GET /api/articles/<slug> — one published article with its body HTML. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return answeringWhileDatabaseUnavailable(async () => {
    const article = /^[a-z0-9-]{1,200}$/.test(slug) ? await articleForApi(slug) : null;
    if (!article)
      return NextResponse.json({ error: "No published article has that slug" }, { status: 404 });
    return NextResponse.json(article, {
      headers: {
        "Cache-Control": "public, s-maxage=60, stale-while-revalidate=300",
        ...edgeHeadersForTags([cacheTags.article(slug)]),
      },
    });
  });
}
