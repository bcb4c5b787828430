"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  archiveArticleAction,
  deleteArticleAction,
  publishArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "../../admin-actions";
import type { EditorArticle } from "../../admin-queries";
import type { ArticleFields } from "../../schemas";
import { slugify } from "../../slug-rules";
import type { WorkflowStep } from "../../workflow-rules";
import { instantToZonedTime } from "@/lib/zoned-time";
import { editorOutcome } from "./editor-outcome";
import { clearLocalDraft } from "./local-draft";
import { sameFields, useLocalDraft } from "./use-local-draft";

export interface Notice {
  kind: "ok" | "error";
  text: string;
  /** The session ended: offer a sign-in link that opens in a new tab. */
  signIn?: boolean;
}

const SESSION_ENDED =
  "Your session has ended. Nothing was lost: your text is kept here and in this browser. Sign in again in a new tab, then come back and press the button again.";
const UNREACHABLE =
  "The server could not be reached. Your text is kept here and in this browser; try again.";

/** The article editor's state and its steps: what is typed, what is saved, and what happened. */
export function useArticleEditor({
  initial,
  defaults,
  timeZone,
  initialNotice,
}: {
  initial: EditorArticle | null;
  defaults: ArticleFields;
  timeZone: string;
  initialNotice: string | null;
}) {
  const router = useRouter();
  const [article, setArticle] = useState<EditorArticle | null>(initial);
  const [saved, setSaved] = useState<ArticleFields>(initial?.fields ?? defaults);
  const [fields, setFields] = useState<ArticleFields>(initial?.fields ?? defaults);
  /** The version this text started from: what the next save names. */
  const [baseVersion, setBaseVersion] = useState<number | null>(initial?.version ?? null);
  // A new article's slug follows its title until someone edits the slug by hand.
  const [slugEdited, setSlugEdited] = useState(initial !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(
    initialNotice ? { kind: "ok", text: initialNotice } : null,
  );
  const [theirs, setTheirs] = useState<EditorArticle | null>(null);
  const [busy, setBusy] = useState<WorkflowStep | null>(null);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  // Rescheduling starts from the time already set, as the site's clocks show it.
  const [schedule, setSchedule] = useState(() =>
    initial?.scheduledFor
      ? instantToZonedTime(new Date(initial.scheduledFor), timeZone)
      : { date: "", time: "" },
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const articleId = article?.id ?? null;
  const dirty = !sameFields(fields, saved) || baseVersion !== (article?.version ?? null);
  const draft = useLocalDraft({
    startId: initial?.id ?? null,
    startFields: initial?.fields ?? defaults,
    articleId,
    fields,
    baseVersion,
    dirty,
  });
  const { keepLocally } = draft;

  useEffect(() => {
    if (notice || theirs) noticeRef.current?.focus();
  }, [notice, theirs]);

  function update<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) {
    setFields((current) => {
      const next = { ...current, [key]: value };
      if (key === "title" && !slugEdited) next.slug = slugify(String(value));
      return next;
    });
  }

  /** Shows `next` as the stored article; its fields replace the typed text unless `keepTyped`. */
  function adopt(next: EditorArticle, keepTyped: boolean) {
    setArticle(next);
    setSaved(next.fields);
    if (!keepTyped) setFields(next.fields);
    setBaseVersion(next.version);
    setTheirs(null);
  }

  async function call(step: WorkflowStep) {
    const input = { id: articleId, version: baseVersion, fields };
    if (step === "save") return saveArticleAction(input);
    if (step === "submit") return submitArticleAction(input);
    if (step === "publish") return publishArticleAction(input);
    if (step === "schedule") {
      return scheduleArticleAction({
        ...input,
        scheduleDate: schedule.date,
        scheduleTime: schedule.time,
      });
    }
    const target = { id: articleId ?? 0, version: baseVersion ?? 0 };
    if (step === "unpublish") return unpublishArticleAction(target);
    if (step === "archive") return archiveArticleAction(target);
    return deleteArticleAction(target);
  }

  function handle(outcome: ReturnType<typeof editorOutcome>, step: WorkflowStep) {
    switch (outcome.kind) {
      case "saved": {
        const wasNew = articleId === null;
        clearLocalDraft(articleId);
        adopt(outcome.article, false);
        setSlugEdited(true);
        setErrors({});
        setScheduleOpen(false);
        setNotice({ kind: "ok", text: outcome.message });
        // The editor of the saved article takes over (its URL can be reloaded and shared).
        if (wasNew) router.replace(`/admin/articles/${outcome.article.id}?done=${step}`);
        return;
      }
      case "deleted":
        clearLocalDraft(articleId);
        router.push("/admin/articles");
        return;
      case "invalid":
        setErrors(outcome.fieldErrors);
        setNotice({ kind: "error", text: outcome.message });
        return;
      case "conflict":
        keepLocally();
        setTheirs(outcome.theirs);
        setNotice({ kind: "error", text: outcome.message });
        return;
      case "refused":
        keepLocally();
        setNotice({
          kind: "error",
          text: outcome.signIn ? SESSION_ENDED : outcome.message,
          signIn: outcome.signIn,
        });
        return;
    }
  }

  async function run(step: WorkflowStep) {
    setBusy(step);
    setNotice(null);
    try {
      handle(editorOutcome(await call(step)), step);
    } catch (error) {
      console.error("[editor]", error);
      keepLocally();
      setNotice({ kind: "error", text: UNREACHABLE });
    } finally {
      setBusy(null);
      setConfirmDelete(false);
    }
  }

  return {
    article,
    saved,
    fields,
    setFields,
    update,
    baseVersion,
    setBaseVersion,
    slugEdited,
    setSlugEdited,
    errors,
    notice,
    setNotice,
    noticeRef,
    theirs,
    busy,
    scheduleOpen,
    setScheduleOpen,
    schedule,
    setSchedule,
    confirmDelete,
    setConfirmDelete,
    articleId,
    dirty,
    draft,
    adopt,
    run,
  };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
