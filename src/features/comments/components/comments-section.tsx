"use client";

import Link from "next/link";
import { useActionState, useEffect, useState, useSyncExternalStore, useTransition } from "react";
import useSWR from "swr";
import { Initials } from "@/features/users/components/account-menu";
import { openSignInDialog } from "@/features/users/components/use-session";
import { type FormState, idleForm } from "@/lib/forms";
import { deleteCommentAction, editCommentAction, postCommentAction } from "../actions";
import type { CommentView } from "../queries";
import {
  BODY_MAX,
  type ThreadNode,
  buildThread,
  canEdit,
  isModerator,
  relativeTime,
} from "../rules";
import { CommentBody } from "./comment-body";

interface Viewer {
  username: string;
  name: string;
  role: string;
}
interface CommentsResponse {
  comments: CommentView[];
  viewer: Viewer | null;
  formToken: string;
}

const noSubscription = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

async function fetchComments(url: string): Promise<CommentsResponse> {
  const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) throw new Error(`comments: ${response.status}`);
  return (await response.json()) as CommentsResponse;
}

/** Replies deeper than this are drawn at this indentation (the thread itself has no limit). */
const MAX_INDENT = 4;

/**
 * The comment section. The server renders the published comments into the cached page (so they
 * show without JavaScript); in the browser it loads the viewer's view from /api/comments: their
 * own comments awaiting moderation, what they may edit or delete, and the form or the sign-in
 * prompt.
 */
export function CommentsSection({
  slug,
  articlePath,
  initialComments,
  initialFormToken,
}: {
  slug: string;
  articlePath: string;
  initialComments: CommentView[];
  initialFormToken: string;
}) {
  const hydrated = useHydrated();
  const { data, mutate } = useSWR(
    `/api/comments?article=${encodeURIComponent(slug)}`,
    fetchComments,
    {
      revalidateOnFocus: false,
    },
  );
  const [order, setOrder] = useState<"oldest" | "newest">("oldest");
  const comments = data?.comments ?? initialComments;
  const viewer = data ? data.viewer : undefined;
  const formToken = data?.formToken ?? initialFormToken;
  const thread = buildThread(comments, order);
  const count = comments.filter((c) => c.status === "APPROVED").length;
  const returnTo = `${articlePath}#comment-form`;

  const context: ThreadContext = { viewer, slug, formToken, refresh: () => void mutate() };

  return (
    <section id="comments" aria-labelledby="comments-heading" className="my-8">
      <h2 id="comments-heading" className="mb-4 text-lg font-bold">
        Leave a Comment
      </h2>
      <div id="comment-form" className="scroll-mt-24">
        {viewer ? (
          <CommentForm context={context} />
        ) : (
          <>
            <p className="text-sm text-neutral-700 dark:text-neutral-300">
              <Link
                prefetch={false}
                href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}
                className="font-semibold text-brand-700 underline dark:text-blue-300"
                onClick={(event) => {
                  event.preventDefault();
                  openSignInDialog(returnTo);
                }}
              >
                Sign in to comment
              </Link>
            </p>
            {/* Without JavaScript the session is unknown here: signed-in readers can still post. */}
            {!hydrated && <CommentForm context={context} />}
          </>
        )}
      </div>
      <div className="mt-8 flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-bold">
          {count} {count === 1 ? "Comment" : "Comments"}
        </h3>
        {hydrated && comments.length > 1 && (
          <div role="group" aria-label="Order of comments" className="flex gap-1 text-sm">
            {(["oldest", "newest"] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={order === value}
                onClick={() => setOrder(value)}
                className="chrome-button px-3 aria-pressed:bg-neutral-200 dark:aria-pressed:bg-neutral-700"
              >
                {value === "oldest" ? "Oldest first" : "Newest first"}
              </button>
            ))}
          </div>
        )}
      </div>
      {thread.length > 0 ? (
        <ol className="mt-4 flex flex-col gap-5" aria-label="Comments">
          {thread.map((node) => (
            <CommentItem key={node.id} node={node} depth={0} context={context} />
          ))}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">No comments yet.</p>
      )}
    </section>
  );
}

interface ThreadContext {
  viewer: Viewer | null | undefined;
  slug: string;
  formToken: string;
  refresh: () => void;
}

function useAfterSuccess(state: FormState, then: () => void) {
  useEffect(() => {
    if (state.status === "ok") then();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new state arrives
  }, [state]);
}

function CommentForm({
  context,
  parentId,
  onDone,
}: {
  context: ThreadContext;
  parentId?: number;
  onDone?: () => void;
}) {
  const [state, action, pending] = useActionState(postCommentAction, idleForm);
  useAfterSuccess(state, () => {
    context.refresh();
    onDone?.();
  });
  const id = parentId ? `reply-${parentId}` : "comment-body";
  const error = state.fieldErrors?.body;
  return (
    <form
      action={action}
      className="flex flex-col gap-2"
      aria-label={parentId ? "Reply" : "Comment"}
    >
      <input type="hidden" name="articleSlug" value={context.slug} />
      <input type="hidden" name="formToken" value={context.formToken} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {/* Honeypot: hidden from people and from assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <label htmlFor={id} className={parentId ? "sr-only" : "form-label"}>
        {parentId ? "Your reply" : "Your comment"}
      </label>
      <textarea
        id={id}
        name="body"
        required
        rows={parentId ? 3 : 5}
        maxLength={BODY_MAX}
        key={state.values?.body ?? ""}
        defaultValue={state.values?.body ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="form-input"
      />
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={
            state.status === "error" ? "form-error" : "text-sm text-green-800 dark:text-green-300"
          }
        >
          {state.message}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </button>
        {onDone && (
          <button type="button" className="chrome-button px-3" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function EditForm({
  comment,
  context,
  onDone,
}: {
  comment: CommentView;
  context: ThreadContext;
  onDone: () => void;
}) {
  const [state, action, pending] = useActionState(editCommentAction, idleForm);
  useAfterSuccess(state, () => {
    context.refresh();
    onDone();
  });
  const error = state.fieldErrors?.body ?? (state.status === "error" ? state.message : undefined);
  return (
    <form action={action} className="flex flex-col gap-2" aria-label="Edit comment">
      <input type="hidden" name="commentId" value={comment.id} />
      <label htmlFor={`edit-${comment.id}`} className="sr-only">
        Edit your comment
      </label>
      <textarea
        id={`edit-${comment.id}`}
        name="body"
        rows={4}
        maxLength={BODY_MAX}
        key={state.values?.body ?? comment.body}
        defaultValue={state.values?.body ?? comment.body}
        className="form-input"
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        <button type="button" className="chrome-button px-3" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Avatar({ author }: { author: CommentView["author"] }) {
  if (author.avatarUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- members' own image links, any host
      <img
        src={author.avatarUrl}
        alt=""
        width={32}
        height={32}
        loading="lazy"
        referrerPolicy="no-referrer"
        className="size-8 rounded-full object-cover"
      />
    );
  }
  return (
    <span className="[&>span]:size-8 [&>span]:text-xs">
      <Initials name={author.name} />
    </span>
  );
}

function CommentItem({
  node,
  depth,
  context,
}: {
  node: ThreadNode<CommentView>;
  depth: number;
  context: ThreadContext;
}) {
  const [mode, setMode] = useState<"view" | "reply" | "edit">("view");
  const [deleteState, setDeleteState] = useState<FormState>(idleForm);
  const [deleting, startDelete] = useTransition();
  const hydrated = useHydrated();
  const viewer = context.viewer;
  const deleted = node.status === "DELETED";
  const own = Boolean(viewer && !deleted && viewer.username === node.author.username);
  const createdAt = new Date(node.createdAt);
  const now = new Date();
  const editable =
    own && hydrated && canEdit({ authorId: 0, createdAt, status: node.status }, 0, now);
  const deletable = hydrated && !deleted && (own || (viewer ? isModerator(viewer.role) : false));

  const remove = () => {
    if (!window.confirm("Delete this comment? Replies to it stay.")) return;
    startDelete(async () => {
      const formData = new FormData();
      formData.set("commentId", String(node.id));
      const result = await deleteCommentAction(idleForm, formData);
      setDeleteState(result);
      if (result.status === "ok") context.refresh();
    });
  };

  return (
    <li id={`comment-${node.id}`} className="scroll-mt-24">
      <article
        className="flex gap-3"
        aria-label={deleted ? "Deleted comment" : `Comment by ${node.author.name}`}
      >
        {!deleted && <Avatar author={node.author} />}
        <div className="min-w-0 flex-1">
          {deleted ? (
            <p className="italic text-neutral-600 dark:text-neutral-400">Comment deleted</p>
          ) : (
            <>
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold">{node.author.name}</span>
                <time
                  dateTime={node.createdAt}
                  title={createdAt.toLocaleString("en-US", {
                    dateStyle: "long",
                    timeStyle: "short",
                  })}
                  className="text-neutral-600 dark:text-neutral-400"
                  suppressHydrationWarning
                >
                  {relativeTime(createdAt, now)}
                </time>
                {node.editedAt && (
                  <span
                    className="text-xs text-neutral-600 dark:text-neutral-400"
                    title={`Edited ${new Date(node.editedAt).toLocaleString("en-US", { dateStyle: "long", timeStyle: "short" })}`}
                  >
                    (edited)
                  </span>
                )}
                {node.status === "PENDING" && (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    Awaiting moderation
                  </span>
                )}
              </p>
              {mode === "edit" ? (
                <EditForm comment={node} context={context} onDone={() => setMode("view")} />
              ) : (
                <div className="mt-1 text-[15px] leading-relaxed">
                  <CommentBody body={node.body} />
                </div>
              )}
              {mode !== "edit" && hydrated && viewer && (
                <div className="mt-1 flex gap-3 text-sm">
                  {node.status === "APPROVED" && (
                    <button
                      type="button"
                      className="font-semibold text-brand-700 hover:underline dark:text-blue-300"
                      onClick={() => setMode(mode === "reply" ? "view" : "reply")}
                    >
                      Reply
                    </button>
                  )}
                  {editable && (
                    <button
                      type="button"
                      className="hover:underline"
                      onClick={() => setMode("edit")}
                    >
                      Edit
                    </button>
                  )}
                  {deletable && (
                    <button
                      type="button"
                      className="hover:underline"
                      onClick={remove}
                      disabled={deleting}
                    >
                      {deleting ? "Deleting…" : "Delete"}
                    </button>
                  )}
                </div>
              )}
              {deleteState.status === "error" && (
                <p role="alert" className="form-error">
                  {deleteState.message}
                </p>
              )}
            </>
          )}
          {mode === "reply" && (
            <div className="mt-2">
              <CommentForm context={context} parentId={node.id} onDone={() => setMode("view")} />
            </div>
          )}
        </div>
      </article>
      {node.replies.length > 0 && (
        <ol
          className={`mt-4 flex flex-col gap-4 border-l-2 border-neutral-200 dark:border-neutral-800 ${depth < MAX_INDENT ? "ml-4 pl-4" : "pl-2"}`}
          aria-label={`Replies${deleted ? "" : ` to ${node.author.name}`}`}
        >
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} depth={depth + 1} context={context} />
          ))}
        </ol>
      )}
    </li>
  );
}
