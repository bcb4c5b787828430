import { NextResponse, type NextRequest } from "next/server";
import { createComment } from "@/features/comments/create-comment";
import { issueFormToken, readFormToken } from "@/features/comments/form-token";
import { commentsForViewer, publishedArticleId } from "@/features/comments/queries";
import { filledTooFast } from "@/features/comments/rules";
import { commentsQuerySchema, postCommentSchema } from "@/features/comments/schemas";
import { getCurrentUser } from "@/lib/auth";
import {
  databaseUnavailableResponse,
  databaseWasUnavailable,
} from "@/lib/database-unavailable-response";
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
    if (databaseWasUnavailable(error)) return databaseUnavailableResponse();
    logger().error({ err: error }, "[comments] listing failed");
    return NextResponse.json({ error: "Something went wrong." }, { status: 500 });
  }
}

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * POST /api/comments — a signed-in reader posts a comment from a script (JSON: `articleSlug`,
 * `body`, optional `parentId`, and the `formToken` from GET above, at least 3 s old). Answers 201
 * with the new comment's `id` and `status` (APPROVED or PENDING), so a client knows what it
 * created. Same checks and moderation as the comment form. Only JSON is accepted: a form on
 * another site cannot send it without a CORS preflight, which this route does not answer.
 */
export async function POST(request: NextRequest) {
  const json = (status: number, body: object, headers: Record<string, string> = {}) =>
    NextResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
  if (!request.headers.get("content-type")?.startsWith("application/json"))
    return json(415, { error: "Send JSON (Content-Type: application/json)." });
  const raw: unknown = await request.json().catch(() => null);
  const parsed = postCommentSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return json(422, {
      error: "Invalid comment",
      issues: parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    });
  }
  const input = parsed.data;
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "Sign in to comment." });
  const renderedAt = readFormToken(input.formToken);
  if (renderedAt === null) return json(422, { error: "The form token is missing or out of date." });
  if (filledTooFast(renderedAt, Date.now()))
    return json(422, { error: "Too quick: post at least 3 s after fetching the form token." });
  try {
    const result = await createComment(user, input);
    if (result.kind === "article-gone") return json(404, { error: "No such article." });
    if (result.kind === "parent-gone") return json(404, { error: "No such parent comment." });
    if (result.kind === "rate-limited") {
      return json(
        429,
        { error: "Commenting too fast." },
        { "Retry-After": String(result.retryAfterSeconds) },
      );
    }
    return json(201, { id: result.id, status: result.status });
  } catch (error) {
    logger().error({ err: error }, "[comments] posting failed");
    return json(500, { error: "Something went wrong." });
  }
}
