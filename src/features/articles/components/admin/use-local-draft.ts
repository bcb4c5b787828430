"use client";

import { useCallback, useEffect, useState } from "react";
import type { ArticleFields } from "../../schemas";
import { clearLocalDraft, type LocalDraft, readLocalDraft, writeLocalDraft } from "./local-draft";

/** While there are unsaved changes, they are copied to localStorage this often. */
const AUTOSAVE_MS = 10_000;

export const sameFields = (a: ArticleFields, b: ArticleFields) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The editor's safety net in this browser (local-draft.ts): offers back text kept from an earlier,
 * unsaved session, copies unsaved changes every 10 s and when the page is left, and answers
 * `keepLocally` for the moments a save fails.
 */
export function useLocalDraft({
  startId,
  startFields,
  articleId,
  fields,
  baseVersion,
  dirty,
}: {
  /** The article and fields the editor opened with. */
  startId: number | null;
  startFields: ArticleFields;
  articleId: number | null;
  fields: ArticleFields;
  baseVersion: number | null;
  dirty: boolean;
}) {
  const [offer, setOffer] = useState<LocalDraft | null>(null);

  // Offer back text this browser kept from an earlier, unsaved session.
  useEffect(() => {
    // Read after hydration (the server has no localStorage), as a callback like any other
    // outside event.
    const timer = setTimeout(() => {
      const kept = readLocalDraft(startId);
      if (kept && !sameFields(kept.fields, startFields)) setOffer(kept);
      else if (kept) clearLocalDraft(startId);
    }, 0);
    return () => clearTimeout(timer);
  }, [startId, startFields]);

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

  return { offer, setOffer, keepLocally };
}
