import "server-only";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import { readVariants } from "./rules";

// Reads of the media library for the admin. Uploaders' names only, never their accounts.

export const MEDIA_PAGE_SIZE = 24;

export async function listMedia(page: number) {
  const { items, ...counts } = await findPage(
    db.media,
    {
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        path: true,
        originalName: true,
        mimeType: true,
        alt: true,
        caption: true,
        width: true,
        height: true,
        sizeBytes: true,
        variants: true,
        createdAt: true,
        uploadedBy: { select: { name: true, username: true } },
        _count: { select: { articles: true } },
      },
    },
    page,
    MEDIA_PAGE_SIZE,
  );
  return {
    ...counts,
    items: items.map(({ variants, _count, ...row }) => ({
      ...row,
      variants: readVariants(variants),
      usedBy: _count.articles,
    })),
  };
}

export type MediaListItem = Awaited<ReturnType<typeof listMedia>>["items"][number];

export function findMediaForChange(id: number) {
  return db.media.findUnique({
    where: { id },
    select: {
      id: true,
      path: true,
      alt: true,
      caption: true,
      variants: true,
      articles: { select: { id: true, title: true }, orderBy: { id: "asc" } },
    },
  });
}

/** The library's row for a stored file (an upload answers with it), or null. */
export function findMediaAtPath(path: string) {
  return db.media.findUnique({
    where: { path },
    select: { id: true, path: true, width: true, height: true, alt: true },
  });
}
