"use server";

import { typedAction } from "@/lib/action-chain";
import { restoreRevision } from "./article-restore";
import { SAVE_UNIQUE, saveArticle } from "./article-save";
import { changeArticleStatus } from "./article-status";
import type { WriteContext } from "./article-writes";
import { renderMarkdown } from "./render";
import {
  articleVersionSchema,
  previewSchema,
  restoreRevisionSchema,
  saveArticleSchema,
  scheduleArticleSchema,
} from "./schemas";
import { permissionForStep, type SaveStep, type StatusStep } from "./workflow-rules";

// The article editor's server actions. Each is a door anyone can knock on directly (a server
// action is a public endpoint), so each goes through the action chain (src/lib/action-chain.ts):
// the input is parsed, the session and the step's permission checked, then the verb checks the
// article itself (may this user change it, is the version current) — article-save.ts,
// article-status.ts and article-restore.ts. Answers: `{ status: "ok", data: { message, article } }`
// or the error map's failure (a stale version: 409 with the current article as `detail`).

/** A step that saves the article's fields: saving a new article is creating it. */
function saving<S extends typeof saveArticleSchema | typeof scheduleArticleSchema>(
  step: SaveStep,
  schema: S,
) {
  return {
    name: `article.${step}`,
    access: (input: { id: number | null }) => permissionForStep(step, input.id === null),
    schema,
    unique: SAVE_UNIQUE,
    run: (input: Parameters<typeof saveArticle>[1], ctx: WriteContext) =>
      saveArticle(step, input, ctx),
  };
}

/** A step that changes only the status, from the version the editor was shown. */
function changing(step: StatusStep) {
  return {
    name: `article.${step}`,
    access: permissionForStep(step, false),
    schema: articleVersionSchema,
    run: (input: { id: number; version: number }, ctx: WriteContext) =>
      changeArticleStatus(step, input, ctx),
  };
}

export const saveArticleAction = typedAction(saving("save", saveArticleSchema));
export const submitArticleAction = typedAction(saving("submit", saveArticleSchema));
export const publishArticleAction = typedAction(saving("publish", saveArticleSchema));
export const scheduleArticleAction = typedAction(saving("schedule", scheduleArticleSchema));
export const unpublishArticleAction = typedAction(changing("unpublish"));
export const archiveArticleAction = typedAction(changing("archive"));
export const deleteArticleAction = typedAction(changing("delete"));

/** Restores an old revision as a new save, through the same version check as any save. */
export const restoreRevisionAction = typedAction({
  name: "article.restore",
  access: "article.editOwn",
  schema: restoreRevisionSchema,
  unique: SAVE_UNIQUE,
  run: restoreRevision,
});

/**
 * The editor's live preview: the body rendered and sanitized exactly as the public article page
 * renders it (render.ts), so what the editor sees is what readers will get.
 */
export const previewArticleBodyAction = typedAction({
  name: "article.preview",
  access: "article.create",
  schema: previewSchema,
  run: (source) => ({ html: renderMarkdown(source).html }),
});
