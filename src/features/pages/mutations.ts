import "server-only";
import {
  clearRedirectFrom,
  createAtUrl,
  redirectMovedPath,
  updateAtUrl,
  type UrlRecordKind,
} from "@/features/redirects/mutations";
import { renderMarkdown } from "@/features/articles/render";
import type { Audit } from "@/lib/write-types";

// Writes of the static-page admin: the Markdown is rendered with the public renderer/sanitizer
// (src/features/articles/render.ts) and stored beside its source, with an audit entry.

export const pageKind: UrlRecordKind = {
  entityType: "page",
  path: (slug) => `/${slug}`,
  gone: "This page no longer exists.",
};

export interface PageInput {
  title: string;
  slug: string;
  bodySource: string;
  seoDescription: string | null;
  published: boolean;
}

const shown = {
  slug: true,
  title: true,
  bodySource: true,
  seoDescription: true,
  published: true,
} as const;

const withHtml = (input: PageInput) => ({
  ...input,
  bodyHtml: renderMarkdown(input.bodySource).html,
});

export async function createPage(input: PageInput, audit: Audit) {
  const data = withHtml(input);
  return createAtUrl(pageKind, audit, (tx) =>
    tx.page.create({ data, select: { id: true, ...shown } }),
  );
}

/** Saves a page; a published page that moves leaves a redirect, a draft's new URL is cleared. */
export async function updatePage(id: number, input: PageInput, audit: Audit) {
  const data = withHtml(input);
  return updateAtUrl(pageKind, audit, id, {
    read: (tx) => tx.page.findUnique({ where: { id }, select: shown }),
    write: (tx) => tx.page.update({ where: { id }, data, select: shown }),
    move: (tx, before, after) =>
      before.published
        ? redirectMovedPath(tx, pageKind.path(before.slug), pageKind.path(after.slug))
        : clearRedirectFrom(tx, pageKind.path(after.slug)),
  });
}
