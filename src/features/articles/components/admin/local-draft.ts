// Unsaved editor text kept in the browser's localStorage, per article ("new" for one not yet
// saved). It survives a closed tab, a crash, and a session that ended mid-edit: after signing in
// again the editor offers it back.
//
// Why only the browser and no periodic server save: a server save of a live article would publish
// half-written edits; for drafts it would write a revision every few seconds and bump the version,
// which would turn a colleague's open editor stale (a conflict for them) without anyone meaning
// to save. Explicit saves stay the only thing that changes the article.

import type { ArticleFields } from "../../schemas";

export interface LocalDraft {
  fields: ArticleFields;
  /** The version the text was based on: restoring it saves from there (a conflict if it moved). */
  baseVersion: number | null;
  savedAt: string;
}

const key = (articleId: number | null) => `coinmela:article-draft:${articleId ?? "new"}`;

export function readLocalDraft(articleId: number | null): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(articleId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return draft && typeof draft === "object" && draft.fields ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(articleId: number | null, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key(articleId), JSON.stringify(draft));
    return true;
  } catch {
    return false; // storage full or disabled: the editor still works, only without this net
  }
}

export function clearLocalDraft(articleId: number | null): void {
  try {
    window.localStorage.removeItem(key(articleId));
  } catch {
    // nothing to clear
  }
}
