import type { ActionResult } from "@/lib/action-chain";
import type { EditorArticle } from "../../admin-queries";
import type { ArticleDone } from "../../article-writes";
import { FIELDS_MESSAGE } from "../../schemas";

// What an editor's action answered (the chain's ActionResult, src/lib/action-chain.ts), read as
// what the editor and the revisions page do next.

export type EditorOutcome =
  | { kind: "saved"; message: string; article: EditorArticle }
  | { kind: "deleted"; message: string }
  /** Input to correct: messages next to the fields, or one about the step (e.g. wrong status). */
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string> }
  /** Someone else saved since this version: theirs, to compare with the text kept here. */
  | { kind: "conflict"; message: string; theirs: EditorArticle }
  /** Refused or failed; `signIn` when the session has ended. */
  | { kind: "refused"; message: string; signIn: boolean };

export function editorOutcome(result: ActionResult<ArticleDone>): EditorOutcome {
  if (result.status === "ok") {
    const { message, article } = result.data;
    return article ? { kind: "saved", message, article } : { kind: "deleted", message };
  }
  const fieldErrors = result.fieldErrors ?? {};
  const perField = Object.keys(fieldErrors).length > 0;
  if (perField || result.code === 422) {
    return { kind: "invalid", message: perField ? FIELDS_MESSAGE : result.message, fieldErrors };
  }
  if (result.code === 409 && result.detail) {
    return { kind: "conflict", message: result.message, theirs: result.detail as EditorArticle };
  }
  return { kind: "refused", message: result.message, signIn: result.code === 401 };
}
