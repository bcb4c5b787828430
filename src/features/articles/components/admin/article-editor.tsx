"use client";

import type { AdminAction } from "@/lib/permissions";
import type { EditorArticle, EditorChoices } from "../../admin-queries";
import type { ArticleFields } from "../../schemas";
import { articleUrl } from "../../urls";
import { availableSteps } from "../../workflow-rules";
import { ConflictPanel } from "./conflict-panel";
import { EditorHeader, EditorNotice, LocalDraftOffer } from "./editor-header";
import { EditorSideFields } from "./editor-side-fields";
import { EditorTextFields } from "./editor-text-fields";
import type { PickableMedia } from "./image-picker";
import { clearLocalDraft } from "./local-draft";
import { useArticleEditor } from "./use-article-editor";
import { WorkflowPanel } from "./workflow-panel";

// The article editor. Its state and steps are in use-article-editor.ts (the browser's safety net
// in use-local-draft.ts); the parts it shows are in the files beside it.

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

export function ArticleEditor({
  initial,
  defaults,
  choices,
  permissions,
  timeZone,
  siteUrl,
  initialNotice = null,
}: ArticleEditorProps) {
  const editor = useArticleEditor({ initial, defaults, timeZone, initialNotice });
  const { article, articleId, fields, theirs, setNotice } = editor;
  const { offer, setOffer } = editor.draft;
  const status = article?.status ?? null;
  const steps = availableSteps(status, (action) => permissions.includes(action));
  const publicPath = articleUrl({ slug: fields.slug || "…", kind: fields.kind });

  return (
    <div className="flex flex-col gap-6">
      <EditorHeader article={article} timeZone={timeZone} />

      {offer && (
        <LocalDraftOffer
          offer={offer}
          onRestore={() => {
            editor.setFields(offer.fields);
            // Saving restored text names the version it was based on: if the article moved
            // on since, that save is a conflict, never a silent overwrite.
            editor.setBaseVersion(offer.baseVersion);
            editor.setSlugEdited(true);
            setOffer(null);
          }}
          onDiscard={() => {
            clearLocalDraft(articleId);
            setOffer(null);
          }}
        />
      )}

      <EditorNotice notice={editor.notice} noticeRef={editor.noticeRef} articleId={articleId} />

      {theirs && (
        <ConflictPanel
          theirs={theirs}
          mine={fields}
          onKeepMine={() => {
            // Deliberately save over their version: the next save names the version now stored.
            editor.adopt(theirs, true);
            setNotice({
              kind: "ok",
              text: "Your version is kept. Save again to replace theirs with it.",
            });
          }}
          onTakeTheirs={() => {
            editor.adopt(theirs, false);
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
          void editor.run("save");
        }}
        className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]"
      >
        <EditorTextFields
          editor={editor}
          siteUrl={siteUrl}
          publicPath={publicPath}
          isLive={status === "PUBLISHED"}
        />
        <div className="flex flex-col gap-5">
          <WorkflowPanel editor={editor} steps={steps} timeZone={timeZone} />
          <EditorSideFields
            editor={editor}
            choices={choices}
            canCreateTags={permissions.includes("tag.manage")}
          />
        </div>
      </form>
    </div>
  );
}
