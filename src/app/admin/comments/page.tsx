import type { Metadata } from "next";
import Link from "next/link";
import { QueryPagination } from "@/components/ui/query-pagination";
import { formatInZone } from "@/features/admin/format";
import { can } from "@/lib/permissions";
import { articleUrl } from "@/features/articles/urls";
import { CommentBody } from "@/features/comments/components/comment-body";
import { SelectAllCheckbox } from "@/features/comments/components/select-all-checkbox";
import { moderateQueueAction } from "@/features/comments/moderation-actions";
import { findArticleTitle, listQueue } from "@/features/comments/moderation-queries";
import {
  noticeText,
  QUEUE_ERRORS,
  QUEUE_STATUSES,
  type QueueStatus,
  STATUS_LABEL,
} from "@/features/comments/moderation-rules";
import { queueQuerySchema } from "@/features/comments/moderation-schemas";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { plainForm } from "@/lib/plain-form";

export const metadata: Metadata = { title: "Comments" };

const ACTIONS_FOR: Record<
  QueueStatus,
  { decision: "approve" | "spam" | "delete"; label: string }[]
> = {
  PENDING: [
    { decision: "approve", label: "Approve" },
    { decision: "spam", label: "Spam" },
    { decision: "delete", label: "Delete" },
  ],
  APPROVED: [
    { decision: "spam", label: "Spam" },
    { decision: "delete", label: "Delete" },
  ],
  SPAM: [
    { decision: "approve", label: "Not spam: approve" },
    { decision: "delete", label: "Delete" },
  ],
  DELETED: [{ decision: "approve", label: "Restore" }],
};

const button =
  "inline-flex items-center rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";

export default async function AdminCommentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("comment.moderate");
  const query = queueQuerySchema.parse(await searchParams);
  const mayBan = can(user.role, "user.ban");
  const [queue, settings, filteredArticle] = await Promise.all([
    listQueue(query),
    getSiteSettings(),
    query.article ? findArticleTitle(query.article) : Promise.resolve(null),
  ]);
  const notice = noticeText(query.done, query.count);
  const error =
    query.error && query.error in QUEUE_ERRORS
      ? QUEUE_ERRORS[query.error as keyof typeof QUEUE_ERRORS]
      : null;
  const actions = ACTIONS_FOR[query.status];
  const statusHref = (status: QueueStatus) => {
    const search = new URLSearchParams({ status });
    if (query.article) search.set("article", query.article);
    return `/admin/comments?${search.toString()}`;
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-extrabold tracking-tight">Comments</h1>

      <nav aria-label="Comment status">
        <ul className="flex flex-wrap gap-2">
          {QUEUE_STATUSES.map((status) => (
            <li key={status}>
              <Link
                prefetch={false}
                href={statusHref(status)}
                aria-current={status === query.status ? "page" : undefined}
                className={`${button} ${status === query.status ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-700 dark:hover:bg-brand-700" : ""}`}
              >
                {STATUS_LABEL[status]} ({queue.countByStatus[status] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/admin/comments" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={query.status} />
        <div>
          <label htmlFor="article-filter" className="form-label">
            Article (slug)
          </label>
          <input
            id="article-filter"
            name="article"
            defaultValue={query.article ?? ""}
            className="form-input"
            placeholder="all articles"
          />
        </div>
        <button type="submit" className={button}>
          Filter
        </button>
        {query.article && (
          <Link
            prefetch={false}
            href={`/admin/comments?status=${query.status}`}
            className="underline"
          >
            Show all articles
          </Link>
        )}
      </form>
      {query.article && (
        <p className="text-sm">
          Showing comments on{" "}
          <strong>
            {filteredArticle ? filteredArticle.title : `“${query.article}” (no such article)`}
          </strong>
          .
        </p>
      )}

      <div aria-live="polite">
        {notice && (
          <p
            role="status"
            className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
          >
            {notice}
          </p>
        )}
        {error && (
          <p
            role="alert"
            className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {error}
          </p>
        )}
      </div>

      {queue.items.length === 0 ? (
        <p className="text-neutral-600 dark:text-neutral-400">
          No {STATUS_LABEL[query.status].toLowerCase()} comments
          {query.article ? " on this article" : ""}.
        </p>
      ) : (
        <form action={plainForm(moderateQueueAction)} className="flex flex-col gap-4">
          <input type="hidden" name="status" value={query.status} />
          {query.article && <input type="hidden" name="article" value={query.article} />}
          <input type="hidden" name="page" value={query.page} />
          <fieldset className="flex flex-wrap items-center gap-3 rounded border border-neutral-200 p-3 dark:border-neutral-800">
            <legend className="px-1 text-sm font-semibold">With the selected comments</legend>
            <SelectAllCheckbox name="ids" label="Select all on this page" />
            {actions.map((action) => (
              <button
                key={action.decision}
                type="submit"
                name="command"
                value={`${action.decision}:selected`}
                className={button}
              >
                {action.label} selected
              </button>
            ))}
          </fieldset>
          {mayBan && (
            <p className="flex items-center gap-2 text-sm">
              <input
                id="spam-pending"
                type="checkbox"
                name="spamPending"
                defaultChecked
                className="size-4"
              />
              <label htmlFor="spam-pending">
                When banning a user, also mark their pending comments as spam
              </label>
            </p>
          )}
          <ol className="flex flex-col gap-3">
            {queue.items.map((comment) => (
              <li
                key={comment.id}
                className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
              >
                <article aria-labelledby={`comment-${comment.id}-heading`}>
                  <div className="flex flex-wrap items-start gap-3">
                    <input
                      id={`select-${comment.id}`}
                      type="checkbox"
                      name="ids"
                      value={comment.id}
                      aria-label={`Select the comment by ${comment.author.name}`}
                      className="mt-1 size-4"
                    />
                    <div className="min-w-0 flex-1">
                      <h2 id={`comment-${comment.id}-heading`} className="text-sm">
                        <span className="font-semibold">{comment.author.name}</span>{" "}
                        <span className="text-neutral-600 dark:text-neutral-400">
                          @{comment.author.username}
                          {comment.author.banned && " · banned"}
                        </span>{" "}
                        on{" "}
                        <Link
                          prefetch={false}
                          href={articleUrl(comment.article)}
                          className="underline"
                        >
                          {comment.article.title}
                        </Link>{" "}
                        <span className="text-neutral-600 dark:text-neutral-400">
                          ·{" "}
                          <time dateTime={comment.createdAt.toISOString()}>
                            {formatInZone(comment.createdAt, settings.timeZone)}
                          </time>
                          {comment.editedAt && " · edited"}
                          {comment.parentId && " · reply"}
                        </span>{" "}
                        <Link
                          prefetch={false}
                          href={`/admin/comments?status=${query.status}&article=${comment.article.slug}`}
                          className="text-xs underline"
                        >
                          more on this article
                        </Link>
                      </h2>
                      <div className="mt-2 text-sm">
                        {comment.body.trim() === "" ? (
                          <p className="italic text-neutral-600 dark:text-neutral-400">
                            (text removed by its author)
                          </p>
                        ) : (
                          <CommentBody body={comment.body} />
                        )}
                      </div>
                      <div className="mt-3 flex flex-wrap gap-2">
                        {actions
                          .filter(
                            (action) => action.decision !== "approve" || comment.body.trim() !== "",
                          )
                          .map((action) => (
                            <button
                              key={action.decision}
                              type="submit"
                              name="command"
                              value={`${action.decision}:${comment.id}`}
                              className={button}
                              aria-label={`${action.label}: comment by ${comment.author.name}`}
                            >
                              {action.label}
                            </button>
                          ))}
                        {mayBan && !comment.author.banned && comment.author.id !== user.id && (
                          <button
                            type="submit"
                            name="command"
                            value={`ban:${comment.id}`}
                            className={`${button} text-red-700 dark:text-red-300`}
                          >
                            Ban {comment.author.name}
                          </button>
                        )}
                      </div>
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </form>
      )}
      <QueryPagination
        basePath="/admin/comments"
        params={{ status: query.status, article: query.article }}
        page={query.page}
        pages={queue.pages}
        label="Comment pages"
      />
    </div>
  );
}
