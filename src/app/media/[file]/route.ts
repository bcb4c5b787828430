import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { CONTENT_TYPE_OF_EXTENSION } from "@/features/media/rules";
import { storedFileInfo } from "@/features/media/storage";

// Uploaded images, read from MEDIA_DIR. Only names of the exact shape the library writes (a hash,
// an optional width, a known extension) are looked up, so no path can leave the directory. The
// names change with the content, so browsers and CDNs may keep a file forever.

export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file: name } = await params;
  const info = await storedFileInfo(name);
  const type = CONTENT_TYPE_OF_EXTENSION[name.split(".").pop() ?? ""];
  if (!info || !type) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const etag = `"${name}-${info.size}"`;
  const headers = {
    "Content-Type": type,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "Last-Modified": info.mtime.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  };
  if (
    request.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  const stream = Readable.toWeb(
    createReadStream(/*turbopackIgnore: true*/ info.file),
  ) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: { ...headers, "Content-Length": String(info.size) },
  });
}

export async function HEAD(
  request: Request,
  context: { params: Promise<{ file: string }> },
): Promise<Response> {
  const response = await GET(request, context);
  response.body?.cancel().catch(() => {});
  return new Response(null, { status: response.status, headers: response.headers });
}
