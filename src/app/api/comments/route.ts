import { createComment } from "@/features/comments/mutations";
import { issueFormToken } from "@/features/comments/form-token";
import { commentsForViewer, publishedArticleId } from "@/features/comments/queries";
import { commentsQuerySchema, postCommentSchema } from "@/features/comments/schemas";
import { apiRoute } from "@/lib/api-route";
import { getCurrentUser } from "@/lib/auth";
import { notFound } from "@/lib/errors";

/**
 * GET /api/comments?article=<slug> — the comments of an article as this viewer sees them (their
 * own comments awaiting moderation included), who the viewer is, and a fresh form token. The
 * article page itself stays cached for everyone; its comment section calls this in the browser.
 */
export const GET = apiRoute({
  name: "comments.list",
  access: "public", // anyone; a signed-in viewer also sees their own held comments
  query: commentsQuerySchema,
  run: async ({ query }) => {
    if (!(await publishedArticleId(query.article))) throw notFound("No such article.");
    const user = await getCurrentUser();
    return {
      comments: await commentsForViewer(query.article, user?.id ?? null),
      viewer: user ? { username: user.username, name: user.name, role: user.role } : null,
      formToken: issueFormToken(),
    };
  },
});

/**
 * POST /api/comments — a signed-in reader posts a comment from a script (JSON: `articleSlug`,
 * `body`, optional `parentId`, and the `formToken` from GET above, at least 3 s old). Answers 201
 * with the new comment's `id` and `status` (APPROVED or PENDING), so a client knows what it
 * created. Same checks, moderation and refusals as the comment form. Only JSON is accepted: a
 * form on another site cannot send it without a CORS preflight, which this route does not answer.
 */
export const POST = apiRoute({
  name: "comments.post",
  access: "member",
  body: postCommentSchema,
  jsonOnly: true,
  run: async ({ body }, { user, expire }) => {
    const created = await createComment(user, body, expire);
    return Response.json(created, {
      status: 201,
      headers: { "Cache-Control": "private, no-store" },
    });
  },
});
