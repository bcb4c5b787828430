"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { readArticleSnapshot, refreshArticlePages } from "@/features/articles/after-change";
import { formAction } from "@/lib/action-chain";
import { fieldProblem } from "@/lib/errors";
import { deleteMedia, updateMedia } from "./mutations";
import { deleteMediaSchema, updateMediaSchema } from "./schemas";
import { uploadImage } from "./upload";

// Server actions of the media library (the /admin/media page; the article editor uses the JSON
// route in src/app/api/admin/media) on the action chain (src/lib/action-chain.ts): validate →
// authorize → apply with its audit entry (mutations.ts, upload.ts) → refresh.

/** Pages that show an article using this image show its alt text and caption too. */
async function refreshArticlesUsing(articleIds: number[]) {
  for (const id of articleIds) {
    const snapshot = await readArticleSnapshot(id);
    await refreshArticlePages(snapshot, snapshot);
  }
}

export const uploadMediaAction = formAction({
  name: "media.upload",
  access: "media.upload",
  // The file and its text fields are checked by uploadImage, in the order a person fixes them.
  schema: z.object({}),
  run: async (_input, ctx) => {
    const outcome = await uploadImage(ctx.formData, ctx);
    if (!outcome.ok) throw fieldProblem(outcome.field, outcome.error);
    revalidatePath("/admin/media");
    return {
      message:
        outcome.status === 201
          ? `Uploaded “${outcome.media.alt}” (${outcome.media.width}×${outcome.media.height}).`
          : "This image is already in the library; it is shown with the alt text it has there.",
    };
  },
});

export const updateMediaAction = formAction({
  name: "media.update",
  access: "media.manage",
  schema: updateMediaSchema,
  run: async ({ mediaId, alt, caption }, ctx) => {
    await refreshArticlesUsing(await updateMedia(mediaId, { alt, caption }, ctx.audit));
    revalidatePath("/admin/media");
    return { message: "Saved." };
  },
});

export const deleteMediaAction = formAction({
  name: "media.delete",
  access: "media.manage",
  schema: deleteMediaSchema,
  invalid: "This image cannot be deleted.",
  run: async ({ mediaId }, ctx) => {
    await deleteMedia(mediaId, ctx.audit);
    revalidatePath("/admin/media");
    return { message: "Image deleted." };
  },
});
