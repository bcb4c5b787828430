import "server-only";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Audit } from "@/lib/write-types";
import { findMediaForChange } from "./queries";
import { readVariants } from "./rules";
import { removeStoredFiles } from "./storage";

// Changes in the media library, each with its audit entry. What an upload checks and stores on
// disk first is upload.ts; its row is added here.

const GONE = "This image is no longer in the library.";

async function existing(id: number) {
  const media = await findMediaForChange(id);
  if (!media) throw notFound(GONE);
  return media;
}

/** Adds the row of an uploaded image, audited in the same transaction. A row at the same path
 * already (two uploads of the same bytes at once) makes it throw. */
export function createMedia(
  media: {
    path: string;
    originalName: string;
    mimeType: string;
    alt: string;
    caption: string | null;
    width: number;
    height: number;
    sizeBytes: number;
    variants: { width: number; height: number; path: string }[];
    uploadedById: number;
  },
  audit: Audit,
) {
  return db.$transaction(async (tx) => {
    const row = await tx.media.create({
      data: media,
      select: { id: true, path: true, width: true, height: true, alt: true, caption: true },
    });
    await audit(
      {
        action: "media.upload",
        entityType: "Media",
        entityId: row.id,
        after: {
          path: row.path,
          alt: row.alt,
          caption: row.caption,
          width: row.width,
          height: row.height,
          mimeType: media.mimeType,
        },
      },
      tx,
    );
    return row;
  });
}

/** New alt text and caption; answers the ids of the articles that show the image. */
export async function updateMedia(
  id: number,
  change: { alt: string; caption: string | null },
  audit: Audit,
): Promise<number[]> {
  const media = await existing(id);
  await db.$transaction(async (tx) => {
    await tx.media.update({ where: { id }, data: change });
    await audit(
      {
        action: "media.update",
        entityType: "Media",
        entityId: id,
        before: { alt: media.alt, caption: media.caption },
        after: change,
      },
      tx,
    );
  });
  return media.articles.map((article) => article.id);
}

/** Removes an image no article uses, with its files. */
export async function deleteMedia(id: number, audit: Audit): Promise<void> {
  const media = await existing(id);
  // Removing an image from under a published article would leave a hole in its page: the
  // editor chooses another featured image first.
  if (media.articles.length > 0) {
    const titles = media.articles.slice(0, 3).map((article) => `“${article.title}”`);
    const more = media.articles.length - titles.length;
    throw conflict(
      `This image is the featured image of ${titles.join(", ")}` +
        (more > 0 ? ` and ${more} more article${more === 1 ? "" : "s"}` : "") +
        ". Choose another image for them first.",
    );
  }
  const deleted = await db.$transaction(async (tx) => {
    // Only if still unused at this moment: an editor may have just picked it.
    const removed = await tx.media.deleteMany({ where: { id, articles: { none: {} } } });
    if (removed.count !== 1) return false;
    await audit(
      {
        action: "media.delete",
        entityType: "Media",
        entityId: id,
        before: { path: media.path, alt: media.alt, caption: media.caption },
      },
      tx,
    );
    return true;
  });
  if (!deleted) throw conflict("This image was just chosen for an article; it stays.");
  await removeStoredFiles([media.path, ...readVariants(media.variants).map((v) => v.path)]);
}
