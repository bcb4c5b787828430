import { z } from "zod";
import { ALT_MAX, CAPTION_MAX } from "./rules";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const altText = z
  .string({ message: "Describe the image for people who cannot see it (alt text)." })
  .trim()
  .min(1, "Describe the image for people who cannot see it (alt text).")
  .max(ALT_MAX, `Keep the alt text under ${ALT_MAX} characters.`);

/** Optional: an empty caption is no caption. */
export const caption = z
  .string()
  .trim()
  .max(CAPTION_MAX, `Keep the caption under ${CAPTION_MAX} characters.`)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .default(null);

/** The text fields of an upload; the file itself is checked from its bytes (see upload.ts). */
export const uploadFieldsSchema = z.object({ alt: altText, caption });

export const updateMediaSchema = z.object({ mediaId: id, alt: altText, caption });

export const deleteMediaSchema = z.object({ mediaId: id });

export const mediaListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
