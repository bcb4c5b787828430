import "server-only";
import { env } from "@/env";
import { fieldErrors } from "@/lib/forms";
import type { Audit } from "@/lib/write-types";
import { createMedia } from "./mutations";
import { findMediaAtPath } from "./queries";
import { ACCEPTED_TYPES_TEXT, sniffImageType } from "./rules";
import { uploadFieldsSchema } from "./schemas";
import { ImageDecodeError, MAX_INPUT_PIXELS, removeStoredFiles, storeImage } from "./storage";

// One upload, shared by POST /api/admin/media (the article editor's picker) and the media page's
// form: the caller has already authorized `media.upload`. Answers what went wrong in terms the
// person uploading can act on, with the form field it concerns.

export const maxUploadBytes = () => Math.round(env.MEDIA_MAX_UPLOAD_MB * 1024 * 1024);
export const maxUploadText = () => `${env.MEDIA_MAX_UPLOAD_MB} MB`;

export interface UploadedMedia {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
}

export type UploadOutcome =
  | { ok: true; status: 200 | 201; media: UploadedMedia }
  | { ok: false; status: 400 | 413 | 422; error: string; field: "file" | "alt" | "caption" };

type UploadedRow = { id: number; path: string; width: number; height: number; alt: string };

const uploaded = (row: UploadedRow, status: 200 | 201): UploadOutcome => ({
  ok: true,
  status,
  media: { id: row.id, url: row.path, width: row.width, height: row.height, alt: row.alt },
});

/** The library's row for a stored file, as an upload's answer (200: it was there already). */
async function libraryRowAt(path: string): Promise<UploadOutcome | null> {
  const row = await findMediaAtPath(path);
  return row && uploaded(row, 200);
}

/** Who uploads: the action chain's context (its user, and its audit writer). */
export interface Uploader {
  user: { id: number };
  audit: Audit;
}

export async function uploadImage(formData: FormData, uploader: Uploader): Promise<UploadOutcome> {
  const file = formData.get("file");
  const fields = uploadFieldsSchema.safeParse({
    alt: typeof formData.get("alt") === "string" ? formData.get("alt") : undefined,
    caption: typeof formData.get("caption") === "string" ? formData.get("caption") : undefined,
  });
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, status: 400, error: "Choose an image file to upload.", field: "file" };
  }
  if (file.size > maxUploadBytes()) {
    return {
      ok: false,
      status: 413,
      error: `This file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; images may be at most ${maxUploadText()}.`,
      field: "file",
    };
  }
  if (!fields.success) {
    const errors = fieldErrors(fields.error);
    const field = errors.alt ? "alt" : "caption";
    return {
      ok: false,
      status: 422,
      error: errors[field] ?? "Check the alt text.",
      field,
    };
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) {
    return {
      ok: false,
      status: 400,
      error: `This file is not an image we accept. Upload a ${ACCEPTED_TYPES_TEXT} image.`,
      field: "file",
    };
  }
  let stored;
  try {
    stored = await storeImage(bytes, type);
  } catch (error) {
    if (error instanceof ImageDecodeError) {
      const tooLarge = /pixel limit/i.test(error.message);
      return {
        ok: false,
        status: 400,
        error: tooLarge
          ? `This image has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels; scale it down first.`
          : `This ${type.slice(6).toUpperCase()} file is damaged or incomplete and cannot be read.`,
        field: "file",
      };
    }
    throw error;
  }
  // The same bytes uploaded again are the same file: answer with the row that already has it.
  const existing = await libraryRowAt(stored.path);
  if (existing) return existing;
  try {
    const media = await createMedia(
      {
        path: stored.path,
        originalName: file.name.slice(0, 255) || "upload",
        mimeType: type,
        alt: fields.data.alt,
        caption: fields.data.caption,
        width: stored.width,
        height: stored.height,
        sizeBytes: stored.sizeBytes,
        variants: stored.variants.map((variant) => ({ ...variant })),
        uploadedById: uploader.user.id,
      },
      uploader.audit,
    );
    return uploaded(media, 201);
  } catch (error) {
    // Two uploads of the same bytes at once: the loser answers with the winner's row.
    const winner = await libraryRowAt(stored.path);
    if (winner) return winner;
    await removeStoredFiles([stored.path, ...stored.variants.map((variant) => variant.path)]);
    throw error;
  }
}
