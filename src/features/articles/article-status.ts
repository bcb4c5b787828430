import "server-only";
import { invalid } from "@/lib/errors";
import type { ArticleDone, WriteContext } from "./article-writes";
import { auditView, editableArticle, finishChange, versionConflict } from "./article-writes";
import { type AuditWrite, deleteArticle, setArticleStatus } from "./mutations";
import { readArticleSnapshot } from "./after-change";
import { STEP_DONE, type StatusStep, statusAfterStep, stepProblem } from "./workflow-rules";

// The steps that change only an article's status (unpublish, archive) or remove it (delete),
// from the version the editor was shown: from a stale one they are a conflict like any save.

export async function changeArticleStatus(
  step: StatusStep,
  { id, version }: { id: number; version: number },
  ctx: WriteContext,
): Promise<ArticleDone> {
  const current = await editableArticle(id, ctx.user, version);
  const problem = stepProblem(step, current.status);
  if (problem) throw invalid(problem);
  const before = await readArticleSnapshot(id);

  const deleting = step === "delete";
  const nextStatus = deleting ? null : statusAfterStep(step, current.status);
  const audit: AuditWrite = (tx, saved) =>
    ctx.audit(
      {
        action: `article.${step}`,
        entityType: "article",
        entityId: id,
        before: auditView(current),
        after: nextStatus
          ? auditView({
              ...current,
              status: nextStatus,
              scheduledFor: null,
              version: saved.version,
            })
          : null,
      },
      tx,
    );
  const done = nextStatus
    ? await setArticleStatus(id, version, nextStatus, audit)
    : await deleteArticle(id, version, audit);
  if (!done) throw await versionConflict(id);
  const message = step === "delete" ? `Deleted “${current.title}”.` : STEP_DONE[step];
  return finishChange(id, ctx.user, before, message, deleting);
}
