import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import getRawBody from "raw-body";
import { env } from "@/env";
import { maxUploadBytes, maxUploadText, uploadImage } from "@/features/media/upload";
import { apiRoute } from "@/lib/api-route";
import { forbidden } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/request-origin";

// POST multipart/form-data { file, alt, caption? } → 201 { id, url, width, height, alt }. The same
// bytes uploaded again answer with the library's existing row (same shape and status, plus
// "existing": true), so a picker never has to treat a re-upload as an error.
// Errors: 4xx { error, field }. The article editor's featured-image picker calls this; keep the
// contract. Requests from other sites' pages answer 403 (see src/lib/request-origin.ts); the
// session and the role are checked first, by the chain (src/lib/api-route.ts).

/** Room for the multipart envelope and the text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** A refusal about one field of the form: { error, field }. */
const refused = (error: string, field: string, status: number) =>
  Response.json({ error, field }, { status });

const tooLarge = () => refused(`Images may be at most ${maxUploadText()}.`, "file", 413);

/**
 * The request body, read as it arrives and abandoned as soon as it passes `limit` bytes, whether
 * or not Content-Length was sent (a chunked body has none); a Content-Length over the limit is
 * refused before anything is read. raw-body does the counting (Node 20: its v3).
 */
async function readLimitedBody(
  request: Request,
  limit: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; status: 400 | 413 }> {
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const stream = Readable.fromWeb(request.body as unknown as NodeReadableStream);
  try {
    const bytes = await getRawBody(stream, {
      limit,
      length: request.headers.get("content-length") ?? undefined,
    });
    return { ok: true, bytes };
  } catch (error) {
    // Stop reading what is left: the client may keep sending, nothing more is taken in.
    stream.destroy();
    const type = (error as { type?: string }).type;
    return { ok: false, status: type === "entity.too.large" ? 413 : 400 };
  }
}

export const POST = apiRoute({
  name: "media.upload",
  access: "media.upload",
  run: async (_input, ctx) => {
    if (!isSameOriginRequest(ctx.request.headers, [env.SITE_URL, env.NEXTAUTH_URL ?? ""])) {
      throw forbidden("Uploads are accepted only from this site's own pages.");
    }
    const body = await readLimitedBody(ctx.request, maxUploadBytes() + ENVELOPE_BYTES);
    if (!body.ok && body.status === 413) return tooLarge();
    let formData: FormData;
    try {
      if (!body.ok) throw new Error("incomplete body");
      formData = await new Response(new Uint8Array(body.bytes), {
        headers: { "Content-Type": ctx.request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      return refused("Send the image as multipart/form-data with a file field.", "file", 400);
    }
    const outcome = await uploadImage(formData, ctx);
    if (!outcome.ok) return refused(outcome.error, outcome.field, outcome.status);
    return Response.json(
      outcome.status === 200 ? { ...outcome.media, existing: true } : outcome.media,
      { status: 201 },
    );
  },
});
