"use client";

import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "../../schemas";
import { ArticleTextField, LengthHint } from "./editor-fields";
import { MarkdownPreview } from "./markdown-preview";
import { SearchResultPreview } from "./seo-preview";
import type { ArticleEditorState } from "./use-article-editor";

/** The editor's main column: title, dek, slug, the body beside its preview, search and sharing. */
export function EditorTextFields({
  editor,
  siteUrl,
  publicPath,
  isLive,
}: {
  editor: ArticleEditorState;
  siteUrl: string;
  /** Where the article is (or will be) on the site. */
  publicPath: string;
  isLive: boolean;
}) {
  const { fields } = editor;
  // What search engines and link previews show when the SEO fields are left empty.
  const seoTitle = fields.seoTitle || fields.title;
  const seoDescription = fields.seoDescription || fields.dek;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <ArticleTextField editor={editor} name="title" label="Title" required maxLength={200} />
      <ArticleTextField
        editor={editor}
        name="dek"
        label="Dek (standfirst)"
        rows={2}
        maxLength={400}
      />
      <ArticleTextField
        editor={editor}
        name="slug"
        label="Slug"
        onChange={(value) => {
          editor.setSlugEdited(true);
          editor.update("slug", value);
        }}
        className="font-mono"
        required
        hint={
          <>
            URL: {siteUrl}
            {publicPath}
            {!editor.slugEdited && " (follows the title until you edit it)"}
            {isLive && " — changing it keeps the old URL working with a redirect."}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ArticleTextField
          editor={editor}
          name="bodySource"
          label="Body (Markdown)"
          rows={24}
          className="font-mono text-sm"
          hint="## Section heading, **bold**, *italic*, [link](https://…), - lists, > quotes."
        />
        <MarkdownPreview source={fields.bodySource} />
      </div>

      <section
        aria-labelledby="seo-heading"
        className="flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="seo-heading" className="font-bold">
          Search and sharing
        </h2>
        <ArticleTextField
          editor={editor}
          name="seoTitle"
          label="SEO title"
          hint={<LengthHint length={seoTitle.length} limit={SEO_TITLE_HINT} what="titles" />}
        />
        <ArticleTextField
          editor={editor}
          name="seoDescription"
          label="SEO description"
          rows={3}
          hint={
            <LengthHint
              length={seoDescription.length}
              limit={SEO_DESCRIPTION_HINT}
              what="descriptions"
            />
          }
        />
        <SearchResultPreview
          title={seoTitle}
          url={`${siteUrl}${publicPath}`}
          description={seoDescription}
        />
      </section>
    </div>
  );
}
