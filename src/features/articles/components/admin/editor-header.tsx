"use client";

import Link from "next/link";
import type { Ref } from "react";
import { formatInZone } from "@/features/admin/format";
import type { EditorArticle } from "../../admin-queries";
import { STATUS_LABELS } from "../../workflow-rules";
import type { LocalDraft } from "./local-draft";
import type { Notice } from "./use-article-editor";

/** The editor's title, and for a saved article its status, version and links. */
export function EditorHeader({
  article,
  timeZone,
}: {
  article: EditorArticle | null;
  timeZone: string;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <h1 className="text-2xl font-extrabold">{article ? "Edit article" : "New article"}</h1>
      {article && (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          <span className="font-semibold" data-testid="article-status">
            {STATUS_LABELS[article.status]}
          </span>
          {article.status === "SCHEDULED" && article.scheduledFor && (
            <> — goes live {formatInZone(new Date(article.scheduledFor), timeZone)}</>
          )}
          {" · "}version {article.version}
          {" · "}
          <Link
            prefetch={false}
            href={`/admin/articles/${article.id}/revisions`}
            className="underline"
          >
            Revisions
          </Link>
          {article.status === "PUBLISHED" && (
            <>
              {" · "}
              <a href={article.url} className="underline" target="_blank" rel="noreferrer">
                View on site
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** Unsaved text this browser kept from an earlier session, offered back. */
export function LocalDraftOffer({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: LocalDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div
      role="region"
      aria-label="Unsaved text found"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      <p>
        This browser kept unsaved changes from {new Date(offer.savedAt).toLocaleString()}. Restore
        them?
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" className="primary-button" onClick={onRestore}>
          Restore unsaved changes
        </button>
        <button type="button" className="chrome-button px-3" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </div>
  );
}

/** What the last step did, announced and focused; a sign-in link when the session ended. */
export function EditorNotice({
  notice,
  noticeRef,
  articleId,
}: {
  notice: Notice | null;
  noticeRef: Ref<HTMLDivElement>;
  articleId: number | null;
}) {
  const here = articleId ? `/admin/articles/${articleId}` : "/admin/articles/new";
  return (
    <div ref={noticeRef} tabIndex={-1} className="focus:outline-none" aria-live="polite">
      {notice && (
        <div
          role={notice.kind === "error" ? "alert" : "status"}
          className={
            notice.kind === "error"
              ? "rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
              : "rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
          }
        >
          <p>{notice.text}</p>
          {notice.signIn && (
            <p className="mt-1">
              <a
                href={`/signin?callbackUrl=${encodeURIComponent(here)}`}
                target="_blank"
                rel="noreferrer"
                className="font-semibold underline"
              >
                Sign in again (opens a new tab)
              </a>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
