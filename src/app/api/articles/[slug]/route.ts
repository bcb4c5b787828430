import { NextResponse } from "next/server";
import { z } from "zod";
import { articleForApi } from "@/features/articles/api-queries";
import { apiRoute } from "@/lib/api-route";
import { edgeHeadersForTags } from "@/lib/cache/shared-cache";
import { cacheTags } from "@/lib/cache-tags";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

const NO_SUCH_ARTICLE = "No published article has that slug";

/** GET /api/articles/<slug> — one published article with its body HTML. */
export const GET = apiRoute({
  name: "articles.get",
  access: "public",
  params: z.object({ slug: z.string() }),
  run: async ({ params: { slug } }) => {
    // A slug no article could have is simply not found, like a draft's: no hint either way.
    const article = /^[a-z0-9-]{1,200}$/.test(slug) ? await articleForApi(slug) : null;
    if (!article) throw notFound(NO_SUCH_ARTICLE);
    return NextResponse.json(article, {
      headers: {
        "Cache-Control": "public, s-maxage=60, stale-while-revalidate=300",
        ...edgeHeadersForTags([cacheTags.article(slug)]),
      },
    });
  },
});
