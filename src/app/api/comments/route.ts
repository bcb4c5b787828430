import { NextResponse, type NextRequest } from "next/server";
import { issueFormToken } from "@/features/comments/form-token";
import { commentsForViewer, publishedArticleId } from "@/features/comments/queries";
import { commentsQuerySchema } from "@/features/comments/schemas";
import { getCurrentUser } from "@/lib/auth";
import { logger } from "@/lib/logger";

/**
 * GET /api/comments?article=<slug> — the comments of an article as this viewer sees them (their
 * own comments awaiting moderation included), who the viewer is, and a fresh form token. The
 * article page itself stays cached for everyone; its comment section calls this in the browser.
 */
export async function GET(request: NextRequest) {
  const parsed = commentsQuerySchema.safeParse({
    article: request.nextUrl.searchParams.get("article") ?? "",
  });
  if (!parsed.success) {
    return NextResponse.json({ error: "Give ?article=<slug>." }, { status: 422 });
  }
  try {
    const articleId = await publishedArticleId(parsed.data.article);
    if (!articleId) return NextResponse.json({ error: "No such article." }, { status: 404 });
    const user = await getCurrentUser();
    const comments = await commentsForViewer(parsed.data.article, user?.id ?? null);
    return NextResponse.json(
      {
        comments,
        viewer: user ? { username: user.username, name: user.name, role: user.role } : null,
        formToken: issueFormToken(),
      },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (error) {
    logger().error({ err: error }, "[comments] listing failed");
    return NextResponse.json({ error: "Something went wrong." }, { status: 500 });
  }
}
