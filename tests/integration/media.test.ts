// The media library against real PostgreSQL and real sharp: uploads through the JSON route the
// article editor calls (types sniffed from bytes, size limit, alt text required), files and
// variants on disk, the public /media route, and editing and deleting in the library.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as UploadRoute from "@/app/api/admin/media/route";
import type * as ServeRoute from "@/app/media/[file]/route";
import type * as MediaActions from "@/features/media/actions";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { form, idle } from "./action-helpers";
import { upsertAccounts } from "./test-accounts";
import { expiredTags, forgetExpiredTags, signIn, signOut, simulateRequest } from "./stand-ins";

simulateRequest({ ip: "203.0.113.9" });

let prisma: PrismaClient;
let mediaDir: string;
let route: typeof UploadRoute;
let serve: typeof ServeRoute;
let actions: typeof MediaActions;
const users: Record<string, { id: number; role: string; username: string }> = {};

const signInAs = (name: "editor" | "reader" | "contributor") => signIn(users[name]!);

async function png(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#ff8800" } })
    .png()
    .toBuffer();
}

function uploadRequest(
  file: Buffer | string | null,
  fields: Record<string, string> = { alt: "An orange square" },
  name = "square.png",
  type = "image/png",
) {
  const form = new FormData();
  if (file !== null)
    form.set(
      "file",
      new File([typeof file === "string" ? file : new Uint8Array(file)], name, { type }),
    );
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return new Request("http://localhost/api/admin/media", { method: "POST", body: form });
}

/** The route as Next calls it: with a NextRequest, and no route params. */
const post = (request: Request) =>
  route.POST(request instanceof NextRequest ? request : new NextRequest(request), {
    params: Promise.resolve({}),
  });

const upload = (...args: Parameters<typeof uploadRequest>) => post(uploadRequest(...args));

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-media-"));
  process.env.MEDIA_DIR = mediaDir;
  prisma = useTestDatabase();
  Object.assign(
    users,
    await upsertAccounts(prisma, "media", {
      editor: "EDITOR",
      reader: "READER",
      contributor: "CONTRIBUTOR",
    }),
  );
  route = await import("@/app/api/admin/media/route");
  serve = await import("@/app/media/[file]/route");
  actions = await import("@/features/media/actions");
});

beforeEach(() => {
  forgetExpiredTags();
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { slug: "media-test-article" } });
  await prisma.category.deleteMany({ where: { slug: "media-test" } });
  await prisma.media.deleteMany({
    where: { uploadedById: { in: Object.values(users).map((u) => u.id) } },
  });
  await prisma.auditLog.deleteMany({ where: { entityType: "Media" } });
  await prisma.user.deleteMany({ where: { username: { startsWith: "media-" } } });
  await prisma.$disconnect();
  await rm(mediaDir, { recursive: true, force: true });
});

describe("POST /api/admin/media", () => {
  it("refuses another site's page with 403 and stores nothing (issue 12, finding 2)", async () => {
    signInAs("editor");
    const alt = `cross-site ${Math.random()}`;
    const request = uploadRequest(await png(30, 30), { alt });
    const forged = new Request(request, {
      headers: new Headers([...request.headers, ["origin", "https://evil.example"]]),
    });
    const response = await post(forged);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/this site/) });
    expect(await prisma.media.count({ where: { alt } })).toBe(0);
  });

  it("answers 413 to a Content-Length over the limit without reading the body", async () => {
    signInAs("editor");
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await post(
      new NextRequest("http://localhost/api/admin/media", {
        method: "POST",
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(50 * 1024 * 1024),
        },
        body,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ field: "file" });
    // The stream's first pull happens when it is created (high-water mark); nothing after it.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without Content-Length once it passes the limit (issue 12, finding 2)", async () => {
    signInAs("editor");
    // A chunked body three times the limit, 64 KB a pull, counted: a route that reads it whole
    // before checking pulls all of it.
    const limit = 10 * 1024 * 1024 + 64 * 1024;
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const oversized = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 3 * limit) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await post(
      new NextRequest("http://localhost/api/admin/media", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: oversized,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeGreaterThan(limit);
    expect(pulled).toBeLessThan(limit + 2 * 1024 * 1024);
  });

  it("stores a real PNG: original without metadata, WebP variants never wider than it, a row, an audit entry", async () => {
    signInAs("contributor");
    const response = await upload(await png(2000, 1000), {
      alt: "  An orange banner  ",
      caption: "Photo: the desk",
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      id: expect.any(Number),
      url: expect.stringMatching(/^\/media\/[a-f0-9]{24}\.png$/),
      width: 2000,
      height: 1000,
      alt: "An orange banner",
    });
    const row = await prisma.media.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({
      path: body.url,
      mimeType: "image/png",
      originalName: "square.png",
      caption: "Photo: the desk",
      uploadedById: users.contributor!.id,
    });
    const variants = row.variants as { width: number; height: number; path: string }[];
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    const hash = body.url.slice("/media/".length, -".png".length);
    const files = (await readdir(mediaDir)).filter((file) => file.startsWith(hash)).sort();
    expect(files).toEqual([
      `${hash}-1600.webp`,
      `${hash}-480.webp`,
      `${hash}-960.webp`,
      `${hash}.png`,
    ]);
    for (const variant of variants) {
      const meta = await sharp(path.join(mediaDir, path.basename(variant.path))).metadata();
      expect(meta).toMatchObject({ format: "webp", width: variant.width, height: variant.height });
    }
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "Media", entityId: String(body.id), action: "media.upload" },
    });
    expect(audit.actorId).toBe(users.contributor!.id);
  });

  it("strips EXIF from JPEGs and gives small images only the variants they can fill", async () => {
    signInAs("editor");
    const jpeg = await sharp({
      create: { width: 600, height: 400, channels: 3, background: "#123456" },
    })
      .jpeg()
      .withExif({ IFD0: { Copyright: "secret camera owner", Software: "test" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const response = await upload(jpeg, { alt: "A dark blue card" }, "IMG_0001.JPG", "image/jpeg");
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.url).toMatch(/\.jpg$/);
    const row = await prisma.media.findUniqueOrThrow({ where: { id: body.id } });
    expect((row.variants as { width: number }[]).map((v) => v.width)).toEqual([480]);
    const stored = await sharp(path.join(mediaDir, path.basename(body.url))).metadata();
    expect(stored.format).toBe("jpeg");
    expect(stored.exif).toBeUndefined();
  });

  it("answers the same image uploaded twice with the row it already has", async () => {
    signInAs("editor");
    const bytes = await png(300, 300);
    const first = await (await upload(bytes, { alt: "First" })).json();
    const again = await upload(bytes, { alt: "Second" });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ ...first, existing: true });
    expect(await prisma.media.count({ where: { id: first.id } })).toBe(1);
  });

  it("refuses a text file named .jpg and sent as image/jpeg, naming the accepted types", async () => {
    signInAs("editor");
    const before = await prisma.media.count();
    const filesBefore = (await readdir(mediaDir)).length;
    const response = await upload(
      "this is not a picture\n",
      { alt: "Fake" },
      "photo.jpg",
      "image/jpeg",
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: expect.stringContaining("JPEG, PNG, WebP or AVIF"),
      field: "file",
    });
    expect(await prisma.media.count()).toBe(before);
    expect((await readdir(mediaDir)).length).toBe(filesBefore);
  });

  it("refuses a damaged image whose header looks right", async () => {
    signInAs("editor");
    const good = await png(100, 100);
    const response = await upload(good.subarray(0, 40), { alt: "Broken" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/damaged or incomplete/);
  });

  it("refuses a file over the limit, saying the limit", async () => {
    signInAs("editor");
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    (await png(10, 10)).copy(big);
    const response = await upload(big, { alt: "Too big" });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: expect.stringContaining("at most 10 MB"),
      field: "file",
    });
  });

  it("requires alt text and a file, answering by field", async () => {
    signInAs("editor");
    const noAlt = await upload(await png(50, 50), { alt: "   " });
    expect(noAlt.status).toBe(422);
    expect(await noAlt.json()).toEqual({ error: expect.stringMatching(/alt text/), field: "alt" });
    const noFile = await upload(null, { alt: "Nothing" });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).field).toBe("file");
  });

  it("refuses a body that is not a multipart form, and an over-long caption by field", async () => {
    signInAs("editor");
    const json = await post(
      new Request("http://localhost/api/admin/media", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ file: "x", alt: "y" }),
      }),
    );
    expect(json.status).toBe(400);
    expect((await json.json()).field).toBe("file");
    const long = await upload(await png(40, 40), { alt: "Fine", caption: "c".repeat(501) });
    expect(long.status).toBe(422);
    expect(await long.json()).toEqual({
      error: expect.stringMatching(/caption/),
      field: "caption",
    });
  });

  it("refuses pixel bombs: a small file that claims a huge image", async () => {
    signInAs("editor");
    const bomb = await sharp({
      create: { width: 10_000, height: 6_000, channels: 3, background: "#000" },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
    const response = await upload(bomb, { alt: "Bomb" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/million pixels/);
  });

  it("answers 401 without a session and 403 to readers, storing nothing", async () => {
    const before = await prisma.media.count();
    signOut();
    expect((await upload(await png(20, 20))).status).toBe(401);
    signInAs("reader");
    const refused = await upload(await png(21, 21));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.any(String) });
    expect(await prisma.media.count()).toBe(before);
  });
});

describe("GET /media/[file]", () => {
  const get = (name: string, headers: Record<string, string> = {}) =>
    serve.GET(new Request(`http://localhost/media/${name}`, { headers }), {
      params: Promise.resolve({ file: name }),
    });

  it("serves stored files with their type, immutable caching and an ETag", async () => {
    signInAs("editor");
    const { url } = await (await upload(await png(700, 350), { alt: "Served" })).json();
    const name = path.basename(url);
    const response = await get(name);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect((await sharp(bytes).metadata()).width).toBe(700);
    const etag = response.headers.get("etag")!;
    expect((await get(name, { "if-none-match": etag })).status).toBe(304);
    const variant = await get(name.replace(".png", "-480.webp"));
    expect(variant.headers.get("content-type")).toBe("image/webp");
  });

  it("answers 404 for anything that is not one of our names", async () => {
    for (const name of [
      "../../../etc/passwd",
      "..%2F..%2Fetc%2Fpasswd",
      "0123456789abcdef01234567.png", // our shape, not stored
      "0123456789abcdef01234567.svg",
      ".env",
    ]) {
      expect((await get(name)).status, name).toBe(404);
    }
  });
});

describe("library actions", () => {
  it("edits alt text and caption (editors), audited, refreshing pages of articles using it", async () => {
    signInAs("editor");
    const { id } = await (await upload(await png(500, 250), { alt: "Old alt" })).json();
    const category = await prisma.category.upsert({
      where: { slug: "media-test" },
      create: { slug: "media-test", name: "Media test" },
      update: {},
    });
    await prisma.article.create({
      data: {
        slug: "media-test-article",
        title: "Uses the image",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        categoryId: category.id,
        featuredImageId: id,
      },
    });
    expect(
      await actions.updateMediaAction(idle, form({ mediaId: id, alt: "", caption: "" })),
    ).toMatchObject({ status: "error", fieldErrors: { alt: expect.any(String) } });
    expect(
      await actions.updateMediaAction(idle, form({ mediaId: id, alt: "New alt", caption: "Cap" })),
    ).toMatchObject({ status: "ok" });
    expect(await prisma.media.findUniqueOrThrow({ where: { id } })).toMatchObject({
      alt: "New alt",
      caption: "Cap",
    });
    const tags = expiredTags();
    expect(tags).toContain("article:media-test-article");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "media.update", entityId: String(id) },
    });
    expect(audit.before).toEqual({ alt: "Old alt", caption: null });
    expect(audit.after).toEqual({ alt: "New alt", caption: "Cap" });

    // In use: deleting is refused with the article named, and nothing is removed.
    const refused = await actions.deleteMediaAction(idle, form({ mediaId: id }));
    expect(refused).toMatchObject({
      status: "error",
      message: expect.stringContaining("“Uses the image”"),
    });
    expect(await prisma.media.count({ where: { id } })).toBe(1);
  });

  it("deletes an unused image with its files; contributors may upload but not manage", async () => {
    signInAs("editor");
    const { id, url } = await (await upload(await png(1000, 500), { alt: "Doomed" })).json();
    const hash = path.basename(url, ".png");
    signInAs("contributor");
    expect(await actions.deleteMediaAction(idle, form({ mediaId: id }))).toMatchObject({
      status: "error",
      message: "Your role may not do this.",
    });
    expect(
      await actions.updateMediaAction(idle, form({ mediaId: id, alt: "Hijacked" })),
    ).toMatchObject({ status: "error" });
    signInAs("editor");
    expect(await actions.deleteMediaAction(idle, form({ mediaId: id }))).toMatchObject({
      status: "ok",
    });
    expect(await prisma.media.count({ where: { id } })).toBe(0);
    expect((await readdir(mediaDir)).filter((file) => file.startsWith(hash))).toEqual([]);
    expect(
      await prisma.auditLog.count({ where: { action: "media.delete", entityId: String(id) } }),
    ).toBe(1);
  });

  it("uploads through the page's form action with field errors kept beside the fields", async () => {
    signInAs("contributor");
    const data = new FormData();
    data.set("file", new File(["<html>"], "x.png", { type: "image/png" }));
    data.set("alt", "Typed alt");
    const outcome = await actions.uploadMediaAction(idle, data);
    expect(outcome).toMatchObject({
      status: "error",
      fieldErrors: { file: expect.stringContaining("JPEG, PNG, WebP or AVIF") },
      values: { alt: "Typed alt" },
    });
    const ok = new FormData();
    ok.set(
      "file",
      new File([new Uint8Array(await png(120, 90))], "ok.png", {
        type: "application/octet-stream",
      }),
    );
    ok.set("alt", "Fine");
    expect(await actions.uploadMediaAction(idle, ok)).toMatchObject({ status: "ok" });
  });
});
