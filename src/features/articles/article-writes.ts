import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/action-chain";
import type { CurrentUser } from "@/lib/auth";
import { type ActionError, conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { canEditArticle } from "@/lib/permissions";
import { afterArticleChange } from "./after-change";
import { type EditorArticle, editorArticle, latestRevisionBy } from "./admin-queries";
import { articleForWrite, type CurrentArticle } from "./editor-queries";
import { readArticleSnapshot } from "./after-change";
import type { ArticleCacheSnapshot } from "./refresh-rules";

// What every change an editor makes to an article shares. The verbs are in their own files:
// article-save.ts (save, submit, publish, schedule), article-status.ts (unpublish, archive,
// delete) and article-restore.ts (restore a revision); the server actions in admin-actions.ts
// call them through the action chain (src/lib/action-chain.ts), which has already checked the
// session and the step's permission. Each write is version-checked (mutations.ts): a save from a
// stale version changes nothing and answers a conflict carrying the current article, so the
// editor can show both.

/** The chain's context of an editor's action. */
export type WriteContext = ActionContext<CurrentUser>;

/** What an editor's action answers: what to say, and the article now (null: it was deleted). */
export interface ArticleDone {
  message: string;
  article: EditorArticle | null;
}

const GONE = "This article no longer exists.";

/**
 * The article as it is now, if `user` may change it (else 403/404) and it is still at `version`,
 * the one the editor started from (else a conflict).
 */
export async function editableArticle(
  id: number,
  user: CurrentUser,
  version: number | null,
): Promise<CurrentArticle> {
  const article = await articleForWrite(id);
  if (!article) throw notFound(GONE);
  const authorIds = article.authors.map((a) => a.userId);
  if (!canEditArticle(user, { authorIds, status: article.status })) {
    throw forbidden(
      article.status === "DRAFT" || article.status === "IN_REVIEW"
        ? "You can edit only articles you are an author of."
        : "This article is past review: only editors can change it now.",
    );
  }
  if (version === null) throw invalid("The save did not say which version it edits.");
  if (article.version !== version) throw await versionConflict(id);
  return article;
}

/** The conflict of a save from a stale version, with their version for the editor to compare. */
export async function versionConflict(id: number): Promise<ActionError> {
  const [theirs, last] = await Promise.all([editorArticle(id), latestRevisionBy(id)]);
  if (!theirs) return notFound(GONE);
  const who = last?.editor?.name ? ` by ${last.editor.name}` : "";
  return conflict(
    `Someone else saved this article${who} after you opened it (now version ${theirs.version}). ` +
      "Nothing was overwritten: compare their version with yours, then keep yours or take theirs.",
    undefined,
    theirs,
  );
}

/** The fields worth keeping in the audit log for an article change. */
export function auditView(article: {
  status: string;
  slug: string;
  title: string;
  version: number;
  publishedAt: Date | string | null;
  scheduledFor: Date | string | null;
}): Prisma.InputJsonObject {
  const iso = (value: Date | string | null) =>
    value === null ? null : new Date(value).toISOString();
  return {
    status: article.status,
    slug: article.slug,
    title: article.title,
    version: article.version,
    publishedAt: iso(article.publishedAt),
    scheduledFor: iso(article.scheduledFor),
  };
}

/** After a committed change: refreshes the pages and queues the webhook event (after-change.ts),
 * then answers with `message` and the article as the editor should now show it. */
export async function finishChange(
  id: number,
  user: CurrentUser,
  before: ArticleCacheSnapshot | null,
  message: string,
  deleted = false,
): Promise<ArticleDone> {
  const after = deleted ? null : await readArticleSnapshot(id);
  await afterArticleChange({ articleId: id, actorId: user.id, before, after });
  if (deleted) return { message, article: null };
  const article = await editorArticle(id);
  if (!article) throw notFound(GONE);
  return { message, article };
}
