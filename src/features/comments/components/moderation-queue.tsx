import Link from "next/link";
import { Notice, SearchForm, When } from "@/components/ui/admin-list";
import { listHref } from "@/lib/pagination";
import type { QueueItem } from "../moderation-queries";
import { QUEUE_STATUSES, type QueueStatus, STATUS_LABEL } from "../moderation-rules";
import { plainForm } from "@/lib/plain-form";
import { moderateQueueAction } from "../moderation-actions";
import { CommentBody } from "./comment-body";
import { SelectAllCheckbox } from "./select-all-checkbox";

// The comment moderation queue of the admin: status tabs, the article filter, and one form whose
// buttons decide on the ticked comments or on one comment each.

type Decision = "approve" | "spam" | "delete";

const ACTIONS_FOR: Record<QueueStatus, { decision: Decision; label: string }[]> = {
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
const current =
  "border-brand-700 bg-brand-700 text-white hover:bg-brand-700 dark:hover:bg-brand-700";
const muted = "text-neutral-600 dark:text-neutral-400";

export interface QueueView {
  status: QueueStatus;
  article?: string;
  page: number;
}

const queueHref = (view: Omit<QueueView, "page">) =>
  listHref("/admin/comments", { status: view.status, article: view.article });

/** One link per status, with how many comments each holds. */
export function QueueStatusNav({
  view,
  counts,
}: {
  view: QueueView;
  counts: Partial<Record<QueueStatus, number>>;
}) {
  return (
    <nav aria-label="Comment status">
      <ul className="flex flex-wrap gap-2">
        {QUEUE_STATUSES.map((status) => (
          <li key={status}>
            <Link
              prefetch={false}
              href={queueHref({ status, article: view.article })}
              aria-current={status === view.status ? "page" : undefined}
              className={`${button} ${status === view.status ? current : ""}`}
            >
              {STATUS_LABEL[status]} ({counts[status] ?? 0})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The article filter, and which article the queue shows (or that there is no such article). */
export function QueueArticleFilter({
  view,
  articleTitle,
}: {
  view: QueueView;
  articleTitle: string | null;
}) {
  return (
    <>
      <SearchForm
        action="/admin/comments"
        role={null}
        hidden={{ status: view.status }}
        fields={[
          {
            id: "article-filter",
            name: "article",
            label: "Article (slug)",
            value: view.article,
            placeholder: "all articles",
          },
        ]}
        submitLabel="Filter"
        submitClassName={button}
        clear={
          view.article
            ? { href: queueHref({ status: view.status }), label: "Show all articles" }
            : null
        }
      />
      {view.article && (
        <p className="text-sm">
          Showing comments on{" "}
          <strong>{articleTitle ?? `“${view.article}” (no such article)`}</strong>.
        </p>
      )}
    </>
  );
}

/** What the last decision did, or why it was refused. */
export function QueueNotices({ notice, error }: { notice: string | null; error: string | null }) {
  return (
    <div aria-live="polite">
      {notice && <Notice>{notice}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}

/** The queue's comments in one form: bulk buttons on top, each comment with its own buttons. */
export function QueueForm({
  view,
  items,
  viewerId,
  mayBan,
  timeZone,
  articleHref,
}: {
  view: QueueView;
  items: readonly QueueItem[];
  viewerId: number;
  mayBan: boolean;
  timeZone: string;
  /** The public URL of a comment's article (the articles feature knows it). */
  articleHref: (article: QueueItem["article"]) => string;
}) {
  if (items.length === 0) {
    return (
      <p className={muted}>
        No {STATUS_LABEL[view.status].toLowerCase()} comments
        {view.article ? " on this article" : ""}.
      </p>
    );
  }
  const actions = ACTIONS_FOR[view.status];
  return (
    <form action={plainForm(moderateQueueAction)} className="flex flex-col gap-4">
      <input type="hidden" name="status" value={view.status} />
      {view.article && <input type="hidden" name="article" value={view.article} />}
      <input type="hidden" name="page" value={view.page} />
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
        {items.map((comment) => (
          <li
            key={comment.id}
            className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
          >
            <QueueComment
              comment={comment}
              status={view.status}
              actions={actions.filter(
                (action) => action.decision !== "approve" || comment.body.trim() !== "",
              )}
              mayBan={mayBan && !comment.author.banned && comment.author.id !== viewerId}
              timeZone={timeZone}
              articleHref={articleHref(comment.article)}
            />
          </li>
        ))}
      </ol>
    </form>
  );
}

function QueueComment({
  comment,
  status,
  actions,
  mayBan,
  timeZone,
  articleHref,
}: {
  comment: QueueItem;
  status: QueueStatus;
  actions: { decision: Decision; label: string }[];
  mayBan: boolean;
  timeZone: string;
  articleHref: string;
}) {
  const author = comment.author;
  return (
    <article aria-labelledby={`comment-${comment.id}-heading`}>
      <div className="flex flex-wrap items-start gap-3">
        <input
          id={`select-${comment.id}`}
          type="checkbox"
          name="ids"
          value={comment.id}
          aria-label={`Select the comment by ${author.name}`}
          className="mt-1 size-4"
        />
        <div className="min-w-0 flex-1">
          <h2 id={`comment-${comment.id}-heading`} className="text-sm">
            <span className="font-semibold">{author.name}</span>{" "}
            <span className={muted}>
              @{author.username}
              {author.banned && " · banned"}
            </span>{" "}
            on{" "}
            <Link prefetch={false} href={articleHref} className="underline">
              {comment.article.title}
            </Link>{" "}
            <span className={muted}>
              · <When date={comment.createdAt} timeZone={timeZone} />
              {comment.editedAt && " · edited"}
              {comment.parentId && " · reply"}
            </span>{" "}
            <Link
              prefetch={false}
              href={`/admin/comments?status=${status}&article=${comment.article.slug}`}
              className="text-xs underline"
            >
              more on this article
            </Link>
          </h2>
          <div className="mt-2 text-sm">
            {comment.body.trim() === "" ? (
              <p className={`italic ${muted}`}>(text removed by its author)</p>
            ) : (
              <CommentBody body={comment.body} />
            )}
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            {actions.map((action) => (
              <button
                key={action.decision}
                type="submit"
                name="command"
                value={`${action.decision}:${comment.id}`}
                className={button}
                aria-label={`${action.label}: comment by ${author.name}`}
              >
                {action.label}
              </button>
            ))}
            {mayBan && (
              <button
                type="submit"
                name="command"
                value={`ban:${comment.id}`}
                className={`${button} text-red-700 dark:text-red-300`}
              >
                Ban {author.name}
              </button>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}
