"use client";

import { describedBy, FieldNotes } from "@/components/ui/field-notes";
import type { EditorChoices } from "../../admin-queries";
import { AuthorPicker } from "./author-picker";
import { ArticleTextField } from "./editor-fields";
import { ImagePicker, type PickableMedia } from "./image-picker";
import { TagPicker } from "./tag-picker";
import type { ArticleEditorState } from "./use-article-editor";

/** The editor's side column below the workflow: kind, category, tags, authors, image, sponsor. */
export function EditorSideFields({
  editor,
  choices,
  canCreateTags,
}: {
  editor: ArticleEditorState;
  choices: EditorChoices & { media: PickableMedia[] };
  canCreateTags: boolean;
}) {
  const { fields, errors, update } = editor;
  return (
    <>
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
        canCreate={canCreateTags}
        error={errors.tagIds ?? errors.newTags}
        onChange={(next) => editor.setFields((current) => ({ ...current, ...next }))}
      />
      <AuthorPicker
        authors={choices.authors}
        authorIds={fields.authorIds}
        error={errors.authorIds}
        onChange={(ids) => update("authorIds", ids)}
      />
      <ImagePicker
        media={choices.media}
        selectedId={fields.featuredImageId}
        error={errors.featuredImageId}
        onSelect={(id) => update("featuredImageId", id)}
      />
      <ArticleTextField editor={editor} name="featuredImageCaption" label="Image caption" />
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
          <ArticleTextField editor={editor} name="sponsorName" label="Sponsor name" required />
        )}
      </fieldset>
    </>
  );
}
