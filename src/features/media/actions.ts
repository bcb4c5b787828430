"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit-log";
import { readArticleSnapshot, refreshArticlePages } from "@/features/articles/refresh";
import { fieldErrors, formFields } from "@/lib/forms";
import { authorize } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import { type FormState, keepValues } from "@/lib/forms";
import { findMediaForChange } from "./queries";
import { readVariants } from "./rules";
import { deleteMediaSchema, updateMediaSchema } from "./schemas";
import { removeStoredFiles } from "./storage";
import { uploadImage } from "./upload";
import { logger } from "@/lib/logger";

// Server actions of the media library (the /admin/media page; the article editor uses the JSON
// route in src/app/api/admin/media). Each: validate → authorize → apply → audit → refresh.

const GENERIC = "Something went wrong on our side. Try again in a moment.";

export async function uploadMediaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = keepValues(formFields(formData));
  const authorization = await authorize("media.upload");
  if (!authorization.ok) return { status: "error", message: authorization.message, values };
  try {
    const outcome = await uploadImage(formData, authorization.user.id);
    if (!outcome.ok) {
      return { status: "error", fieldErrors: { [outcome.field]: outcome.error }, values };
    }
    revalidatePath("/admin/media");
    return {
      status: "ok",
      message:
        outcome.status === 201
          ? `Uploaded “${outcome.media.alt}” (${outcome.media.width}×${outcome.media.height}).`
          : "This image is already in the library; it is shown with the alt text it has there.",
    };
  } catch (error) {
    logger().error({ err: error }, "[media] upload failed");
    return { status: "error", message: GENERIC, values };
  }
}

/** Pages that show an article using this image show its alt text and caption too. */
async function refreshArticlesUsing(articleIds: number[]) {
  for (const id of articleIds) {
    const snapshot = await readArticleSnapshot(id);
    await refreshArticlePages(snapshot, snapshot);
  }
}

export async function updateMediaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = keepValues(fields);
  const parsed = updateMediaSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const authorization = await authorize("media.manage");
  if (!authorization.ok) return { status: "error", message: authorization.message, values };
  const { mediaId, alt, caption } = parsed.data;
  try {
    const media = await findMediaForChange(mediaId);
    if (!media) return { status: "error", message: "This image is no longer in the library." };
    await db.$transaction(async (tx) => {
      await tx.media.update({ where: { id: mediaId }, data: { alt, caption } });
      await recordAudit(
        {
          actorId: authorization.user.id,
          action: "media.update",
          entityType: "Media",
          entityId: mediaId,
          before: { alt: media.alt, caption: media.caption },
          after: { alt, caption },
        },
        tx,
      );
    });
    await refreshArticlesUsing(media.articles.map((article) => article.id));
    revalidatePath("/admin/media");
    return { status: "ok", message: "Saved." };
  } catch (error) {
    logger().error({ err: error }, "[media] update failed");
    return { status: "error", message: GENERIC, values };
  }
}

export async function deleteMediaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = deleteMediaSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "This image cannot be deleted." };
  const authorization = await authorize("media.manage");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  try {
    const media = await findMediaForChange(parsed.data.mediaId);
    if (!media) return { status: "error", message: "This image is no longer in the library." };
    // Removing an image from under a published article would leave a hole in its page: the
    // editor chooses another featured image first.
    if (media.articles.length > 0) {
      const titles = media.articles.slice(0, 3).map((article) => `“${article.title}”`);
      const more = media.articles.length - titles.length;
      return {
        status: "error",
        message:
          `This image is the featured image of ${titles.join(", ")}` +
          (more > 0 ? ` and ${more} more article${more === 1 ? "" : "s"}` : "") +
          ". Choose another image for them first.",
      };
    }
    const deleted = await db.$transaction(async (tx) => {
      // Only if still unused at this moment: an editor may have just picked it.
      const removed = await tx.media.deleteMany({
        where: { id: media.id, articles: { none: {} } },
      });
      if (removed.count !== 1) return false;
      await recordAudit(
        {
          actorId: authorization.user.id,
          action: "media.delete",
          entityType: "Media",
          entityId: media.id,
          before: { path: media.path, alt: media.alt, caption: media.caption },
        },
        tx,
      );
      return true;
    });
    if (!deleted) {
      return { status: "error", message: "This image was just chosen for an article; it stays." };
    }
    await removeStoredFiles([media.path, ...readVariants(media.variants).map((v) => v.path)]);
    revalidatePath("/admin/media");
    return { status: "ok", message: "Image deleted." };
  } catch (error) {
    logger().error({ err: error }, "[media] delete failed");
    return { status: "error", message: GENERIC };
  }
}
