import { maxUploadBytes, maxUploadText, uploadImage } from "@/features/media/upload";
import { authorize, refusal } from "@/lib/admin-guard";
import { logger } from "@/lib/logger";

// POST multipart/form-data { file, alt, caption? } → 201 { id, url, width, height, alt }. The same
// bytes uploaded again answer with the library's existing row (same shape and status, plus
// "existing": true), so a picker never has to treat a re-upload as an error.
// Errors: 4xx { error, field }. The article editor's featured-image picker calls this; keep the
// contract.

/** Room for the multipart envelope and the text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  const authorization = await authorize("media.upload");
  if (!authorization.ok) return refusal(authorization);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxUploadBytes() + ENVELOPE_BYTES) {
    return Response.json(
      { error: `Images may be at most ${maxUploadText()}.`, field: "file" },
      { status: 413 },
    );
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return Response.json(
      { error: "Send the image as multipart/form-data with a file field.", field: "file" },
      { status: 400 },
    );
  }
  try {
    const outcome = await uploadImage(formData, authorization.user.id);
    if (!outcome.ok) {
      return Response.json(
        { error: outcome.error, field: outcome.field },
        { status: outcome.status },
      );
    }
    return Response.json(
      outcome.status === 200 ? { ...outcome.media, existing: true } : outcome.media,
      { status: 201 },
    );
  } catch (error) {
    logger().error({ err: error }, "[media] upload failed");
    return Response.json(
      { error: "The image could not be saved. Try again in a moment." },
      { status: 500 },
    );
  }
}
