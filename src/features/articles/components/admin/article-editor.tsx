"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { formatInZone } from "@/features/admin/format";
import type { AdminAction } from "@/lib/permissions";
import {
  archiveArticleAction,
  deleteArticleAction,
  publishArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "../../admin-actions";
import type { EditorArticle, EditorChoices } from "../../admin-queries";
import type { ArticleResult } from "../../article-writes";
import { type ArticleFields, SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "../../schemas";
import { slugify } from "../../slug-rules";
import { diffLines } from "../../text-diff";
import { articleUrl } from "../../urls";
import { availableSteps, STATUS_LABELS, type WorkflowStep } from "../../workflow-rules";
import { instantToZonedTime } from "@/lib/zoned-time";
import { AuthorPicker } from "./author-picker";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";
import { LengthHint, TextField } from "./editor-fields";
import { ImagePicker, type PickableMedia } from "./image-picker";
import { clearLocalDraft, type LocalDraft, readLocalDraft, writeLocalDraft } from "./local-draft";
import { MarkdownPreview } from "./markdown-preview";
import { SearchResultPreview } from "./seo-preview";
import { TagPicker } from "./tag-picker";

/** While there are unsaved changes, they are copied to localStorage this often. */
const AUTOSAVE_MS = 10_000;

interface Notice {
  kind: "ok" | "error";
  text: string;
  /** The session ended: offer a sign-in link that opens in a new tab. */
  signIn?: boolean;
}

export interface ArticleEditorProps {
  initial: EditorArticle | null;
  defaults: ArticleFields;
  choices: EditorChoices & { media: PickableMedia[] };
  permissions: AdminAction[];
  timeZone: string;
  siteUrl: string;
  /** What was just done, when the editor opens right after creating the article. */
  initialNotice?: string | null;
}

const same = (a: ArticleFields, b: ArticleFields) => JSON.stringify(a) === JSON.stringify(b);

export function ArticleEditor({
  initial,
  defaults,
  choices,
  permissions,
  timeZone,
  siteUrl,
  initialNotice = null,
}: ArticleEditorProps) {
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
  const [offer, setOffer] = useState<LocalDraft | null>(null);
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
  const dirty = !same(fields, saved) || baseVersion !== (article?.version ?? null);
  const status = article?.status ?? null;
  const steps = availableSteps(status, (action) => permissions.includes(action));

  // Offer back text this browser kept from an earlier, unsaved session.
  useEffect(() => {
    // Read after hydration (the server has no localStorage), as a callback like any other
    // outside event.
    const timer = setTimeout(() => {
      const kept = readLocalDraft(initial?.id ?? null);
      if (kept && !same(kept.fields, initial?.fields ?? defaults)) setOffer(kept);
      else if (kept) clearLocalDraft(initial?.id ?? null);
    }, 0);
    return () => clearTimeout(timer);
  }, [initial, defaults]);

  const keepLocally = useCallback(() => {
    writeLocalDraft(articleId, { fields, baseVersion, savedAt: new Date().toISOString() });
  }, [articleId, fields, baseVersion]);

  // Autosave to this browser while there are unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const timer = setInterval(keepLocally, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [dirty, keepLocally]);

  // Leaving with unsaved changes: keep them, and let the browser ask.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      keepLocally();
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, keepLocally]);

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

  function handle(result: ArticleResult, step: WorkflowStep) {
    switch (result.status) {
      case "ok": {
        const wasNew = articleId === null;
        clearLocalDraft(articleId);
        setArticle(result.article);
        setSaved(result.article.fields);
        setFields(result.article.fields);
        setBaseVersion(result.article.version);
        setSlugEdited(true);
        setErrors({});
        setTheirs(null);
        setScheduleOpen(false);
        setNotice({ kind: "ok", text: result.message });
        // The editor of the saved article takes over (its URL can be reloaded and shared).
        if (wasNew) router.replace(`/admin/articles/${result.article.id}?done=${step}`);
        return;
      }
      case "deleted":
        clearLocalDraft(articleId);
        router.push("/admin/articles");
        return;
      case "invalid":
        setErrors(result.fieldErrors);
        setNotice({ kind: "error", text: result.message });
        return;
      case "conflict":
        keepLocally();
        setTheirs(result.theirs);
        setNotice({ kind: "error", text: result.message });
        return;
      case "refused":
        keepLocally();
        setNotice({
          kind: "error",
          text:
            result.code === 401
              ? "Your session has ended. Nothing was lost: your text is kept here and in this browser. Sign in again in a new tab, then come back and press the button again."
              : result.message,
          signIn: result.code === 401,
        });
        return;
      case "error":
        keepLocally();
        setNotice({ kind: "error", text: result.message });
        return;
    }
  }

  async function run(step: WorkflowStep) {
    setBusy(step);
    setNotice(null);
    const input = { id: articleId, version: baseVersion, fields };
    try {
      let result: ArticleResult;
      if (step === "save") result = await saveArticleAction(input);
      else if (step === "submit") result = await submitArticleAction(input);
      else if (step === "publish") result = await publishArticleAction(input);
      else if (step === "schedule") {
        result = await scheduleArticleAction({
          ...input,
          scheduleDate: schedule.date,
          scheduleTime: schedule.time,
        });
      } else {
        const target = { id: articleId ?? 0, version: baseVersion ?? 0 };
        if (step === "unpublish") result = await unpublishArticleAction(target);
        else if (step === "archive") result = await archiveArticleAction(target);
        else result = await deleteArticleAction(target);
      }
      handle(result, step);
    } catch (error) {
      console.error("[editor]", error);
      keepLocally();
      setNotice({
        kind: "error",
        text: "The server could not be reached. Your text is kept here and in this browser; try again.",
      });
    } finally {
      setBusy(null);
      setConfirmDelete(false);
    }
  }

  const publicPath = articleUrl({ slug: fields.slug || "…", kind: fields.kind });
  const isLive = status === "PUBLISHED";
  const saveLabel = isLive
    ? "Update live article"
    : status === null || status === "DRAFT"
      ? "Save draft"
      : "Save";
  const zoneNow = formatInZone(new Date(), timeZone).split(" ").at(-1);
  const selectedMedia = choices.media;

  return (
    <div className="flex flex-col gap-6">
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

      {offer && (
        <div
          role="region"
          aria-label="Unsaved text found"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          <p>
            This browser kept unsaved changes from {new Date(offer.savedAt).toLocaleString()}.
            Restore them?
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="primary-button"
              onClick={() => {
                setFields(offer.fields);
                // Saving restored text names the version it was based on: if the article moved
                // on since, that save is a conflict, never a silent overwrite.
                setBaseVersion(offer.baseVersion);
                setSlugEdited(true);
                setOffer(null);
              }}
            >
              Restore unsaved changes
            </button>
            <button
              type="button"
              className="chrome-button px-3"
              onClick={() => {
                clearLocalDraft(articleId);
                setOffer(null);
              }}
            >
              Discard them
            </button>
          </div>
        </div>
      )}

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
                  href={`/signin?callbackUrl=${encodeURIComponent(articleId ? `/admin/articles/${articleId}` : "/admin/articles/new")}`}
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

      {theirs && (
        <ConflictPanel
          theirs={theirs}
          mine={fields}
          onKeepMine={() => {
            // Deliberately save over their version: the next save names the version now stored.
            setBaseVersion(theirs.version);
            setArticle(theirs);
            setSaved(theirs.fields);
            setTheirs(null);
            setNotice({
              kind: "ok",
              text: "Your version is kept. Save again to replace theirs with it.",
            });
          }}
          onTakeTheirs={() => {
            setArticle(theirs);
            setSaved(theirs.fields);
            setFields(theirs.fields);
            setBaseVersion(theirs.version);
            setTheirs(null);
            clearLocalDraft(articleId);
            setNotice({
              kind: "ok",
              text: "Their version is loaded; your changes were discarded.",
            });
          }}
        />
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run("save");
        }}
        className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]"
      >
        <div className="flex min-w-0 flex-col gap-4">
          <TextField
            id="title"
            label="Title"
            value={fields.title}
            onChange={(v) => update("title", v)}
            error={errors.title}
            required
            maxLength={200}
          />
          <TextField
            id="dek"
            label="Dek (standfirst)"
            value={fields.dek}
            onChange={(v) => update("dek", v)}
            error={errors.dek}
            rows={2}
            maxLength={400}
          />
          <div>
            <label htmlFor="slug" className="form-label">
              Slug <span aria-hidden="true">*</span>
            </label>
            <input
              id="slug"
              value={fields.slug}
              onChange={(event) => {
                setSlugEdited(true);
                update("slug", event.target.value);
              }}
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby={describedBy("slug", true, errors.slug)}
              className="form-input font-mono"
              required
            />
            <FieldNotes
              id="slug"
              hint={
                <>
                  URL: {siteUrl}
                  {publicPath}
                  {!slugEdited && " (follows the title until you edit it)"}
                  {isLive && " — changing it keeps the old URL working with a redirect."}
                </>
              }
              error={errors.slug}
            />
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <div>
              <label htmlFor="bodySource" className="form-label">
                Body (Markdown)
              </label>
              <textarea
                id="bodySource"
                value={fields.bodySource}
                onChange={(event) => update("bodySource", event.target.value)}
                rows={24}
                aria-invalid={errors.bodySource ? true : undefined}
                aria-describedby={describedBy("bodySource", true, errors.bodySource)}
                className="form-input font-mono text-sm"
              />
              <FieldNotes
                id="bodySource"
                hint="## Section heading, **bold**, *italic*, [link](https://…), - lists, > quotes."
                error={errors.bodySource}
              />
            </div>
            <MarkdownPreview source={fields.bodySource} />
          </div>

          <section
            aria-labelledby="seo-heading"
            className="flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
          >
            <h2 id="seo-heading" className="font-bold">
              Search and sharing
            </h2>
            <TextField
              id="seoTitle"
              label="SEO title"
              value={fields.seoTitle}
              onChange={(v) => update("seoTitle", v)}
              error={errors.seoTitle}
              hint={
                <LengthHint
                  length={(fields.seoTitle || fields.title).length}
                  limit={SEO_TITLE_HINT}
                  what="titles"
                />
              }
            />
            <TextField
              id="seoDescription"
              label="SEO description"
              value={fields.seoDescription}
              onChange={(v) => update("seoDescription", v)}
              error={errors.seoDescription}
              rows={3}
              hint={
                <LengthHint
                  length={(fields.seoDescription || fields.dek).length}
                  limit={SEO_DESCRIPTION_HINT}
                  what="descriptions"
                />
              }
            />
            <SearchResultPreview
              title={fields.seoTitle || fields.title}
              url={`${siteUrl}${publicPath}`}
              description={fields.seoDescription || fields.dek}
            />
          </section>
        </div>

        <div className="flex flex-col gap-5">
          <section
            aria-labelledby="publish-heading"
            className="flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
          >
            <h2 id="publish-heading" className="font-bold">
              Workflow
            </h2>
            <p className="text-sm" aria-live="polite">
              {busy
                ? "Working…"
                : dirty
                  ? "Unsaved changes (kept in this browser every 10 s)."
                  : "All changes saved."}
            </p>
            <div className="flex flex-wrap gap-2">
              {steps.includes("save") && (
                <button type="submit" className="primary-button" disabled={busy !== null}>
                  {saveLabel}
                </button>
              )}
              {steps.includes("submit") && status !== "IN_REVIEW" && (
                <button
                  type="button"
                  className="chrome-button px-3"
                  disabled={busy !== null}
                  onClick={() => run("submit")}
                >
                  Submit for review
                </button>
              )}
              {steps.includes("publish") && !isLive && (
                <button
                  type="button"
                  className="chrome-button px-3"
                  disabled={busy !== null}
                  onClick={() => run("publish")}
                >
                  Publish now
                </button>
              )}
              {steps.includes("schedule") && (
                <button
                  type="button"
                  className="chrome-button px-3"
                  aria-expanded={scheduleOpen}
                  aria-controls="schedule-panel"
                  onClick={() => setScheduleOpen((open) => !open)}
                >
                  Schedule…
                </button>
              )}
              {steps.includes("unpublish") && (
                <button
                  type="button"
                  className="chrome-button px-3"
                  disabled={busy !== null || dirty}
                  onClick={() => run("unpublish")}
                >
                  Unpublish
                </button>
              )}
              {steps.includes("archive") && (
                <button
                  type="button"
                  className="chrome-button px-3"
                  disabled={busy !== null || dirty}
                  onClick={() => run("archive")}
                >
                  Archive
                </button>
              )}
              {steps.includes("delete") && (
                <button
                  type="button"
                  className="chrome-button px-3 text-red-700 dark:text-red-300"
                  disabled={busy !== null}
                  onClick={() => setConfirmDelete(true)}
                >
                  Delete…
                </button>
              )}
            </div>
            {dirty && (steps.includes("unpublish") || steps.includes("archive")) && (
              <p className="form-hint">
                Save or discard your changes before unpublishing or archiving.
              </p>
            )}
            {scheduleOpen && steps.includes("schedule") && (
              <fieldset
                id="schedule-panel"
                className="flex min-w-0 flex-col gap-2 rounded bg-neutral-50 p-3 dark:bg-neutral-900"
              >
                <legend className="form-label">Go live at (site time, {zoneNow})</legend>
                <div className="grid grid-cols-2 gap-2">
                  <div>
                    <label htmlFor="scheduleDate" className="form-label">
                      Date
                    </label>
                    <input
                      id="scheduleDate"
                      type="date"
                      value={schedule.date}
                      onChange={(event) => setSchedule((s) => ({ ...s, date: event.target.value }))}
                      aria-invalid={errors.scheduleDate ? true : undefined}
                      aria-describedby={describedBy("scheduleDate", undefined, errors.scheduleDate)}
                      className="form-input min-w-0"
                    />
                  </div>
                  <div>
                    <label htmlFor="scheduleTime" className="form-label">
                      Time ({zoneNow})
                    </label>
                    <input
                      id="scheduleTime"
                      type="time"
                      value={schedule.time}
                      onChange={(event) => setSchedule((s) => ({ ...s, time: event.target.value }))}
                      aria-invalid={errors.scheduleTime ? true : undefined}
                      className="form-input min-w-0"
                    />
                  </div>
                </div>
                <FieldNotes
                  id="scheduleDate"
                  hint={`Read in the site's time zone, ${timeZone}.`}
                  error={errors.scheduleDate ?? errors.scheduleTime}
                />
                <button
                  type="button"
                  className="primary-button self-start"
                  disabled={busy !== null}
                  onClick={() => run("schedule")}
                >
                  Confirm schedule
                </button>
              </fieldset>
            )}
            {confirmDelete && (
              <div
                role="alertdialog"
                aria-labelledby="delete-question"
                className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
              >
                <p id="delete-question" className="font-semibold">
                  Delete “{saved.title}” for good? Its revisions, comments and redirects go with it.
                </p>
                <div className="mt-2 flex gap-2">
                  <button
                    type="button"
                    className="primary-button bg-red-700 hover:bg-red-600"
                    onClick={() => run("delete")}
                    autoFocus
                  >
                    Yes, delete it
                  </button>
                  <button
                    type="button"
                    className="chrome-button px-3"
                    onClick={() => setConfirmDelete(false)}
                  >
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </section>

          <div>
            <label htmlFor="kind" className="form-label">
              Kind
            </label>
            <select
              id="kind"
              value={fields.kind}
              onChange={(event) => update("kind", event.target.value as "NEWS" | "GUIDE")}
              className="form-input"
            >
              <option value="NEWS">News</option>
              <option value="GUIDE">Guide (Learn)</option>
            </select>
          </div>
          <div>
            <label htmlFor="categoryId" className="form-label">
              Category
            </label>
            <select
              id="categoryId"
              value={fields.categoryId || ""}
              onChange={(event) => update("categoryId", Number(event.target.value))}
              aria-invalid={errors.categoryId ? true : undefined}
              aria-describedby={describedBy("categoryId", undefined, errors.categoryId)}
              className="form-input"
            >
              <option value="">Pick a category…</option>
              {choices.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
            <FieldNotes id="categoryId" error={errors.categoryId} />
          </div>
          <TagPicker
            tags={choices.tags}
            tagIds={fields.tagIds}
            newTags={fields.newTags}
            canCreate={permissions.includes("tag.manage")}
            error={errors.tagIds ?? errors.newTags}
            onChange={(next) => setFields((current) => ({ ...current, ...next }))}
          />
          <AuthorPicker
            authors={choices.authors}
            authorIds={fields.authorIds}
            error={errors.authorIds}
            onChange={(ids) => update("authorIds", ids)}
          />
          <ImagePicker
            media={selectedMedia}
            selectedId={fields.featuredImageId}
            error={errors.featuredImageId}
            onSelect={(id) => update("featuredImageId", id)}
          />
          <TextField
            id="featuredImageCaption"
            label="Image caption"
            value={fields.featuredImageCaption}
            onChange={(v) => update("featuredImageCaption", v)}
            error={errors.featuredImageCaption}
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="form-label">Sponsorship</legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={fields.sponsored}
                onChange={(event) => update("sponsored", event.target.checked)}
              />
              Sponsored content
            </label>
            {fields.sponsored && (
              <TextField
                id="sponsorName"
                label="Sponsor name"
                value={fields.sponsorName}
                onChange={(v) => update("sponsorName", v)}
                error={errors.sponsorName}
                required
              />
            )}
          </fieldset>
        </div>
      </form>
    </div>
  );
}

/** A stale save: their saved version beside the text kept in the form, and the two ways out. */
function ConflictPanel({
  theirs,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: EditorArticle;
  mine: ArticleFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const parts: [string, string, string][] = [
    ["Title", theirs.fields.title, mine.title],
    ["Dek", theirs.fields.dek, mine.dek],
    ["Body", theirs.fields.bodySource, mine.bodySource],
  ];
  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded-md border-2 border-amber-500 p-4"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        Their version (version {theirs.version}) and yours
      </h2>
      <p className="text-sm">
        Lines marked − are only in theirs, + only in yours. Other fields of theirs: slug{" "}
        {theirs.fields.slug}, status {STATUS_LABELS[theirs.status]}.
      </p>
      {parts.map(([label, their, my]) => {
        const lines = diffLines(their, my);
        const changed = lines.some((line) => line.type !== "same");
        return (
          <div key={label} className="mt-3">
            <h3 className="text-sm font-semibold">
              {label}
              {changed ? "" : " (same in both)"}
            </h3>
            {changed && (
              <pre
                className="mt-1 max-h-64 overflow-auto rounded bg-neutral-50 p-2 text-xs whitespace-pre-wrap dark:bg-neutral-900"
                data-testid={`conflict-${label.toLowerCase()}`}
              >
                {lines.map((line, index) => (
                  <span
                    key={index}
                    className={
                      line.type === "added"
                        ? "block bg-green-100 dark:bg-green-950"
                        : line.type === "removed"
                          ? "block bg-red-100 dark:bg-red-950"
                          : "block"
                    }
                  >
                    {line.type === "added" ? "+ " : line.type === "removed" ? "− " : "  "}
                    {line.text}
                  </span>
                ))}
              </pre>
            )}
          </div>
        );
      })}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="primary-button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="chrome-button px-3" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
