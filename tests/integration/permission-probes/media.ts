import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import sharp from "sharp";
import type { Probes } from "./types";

// Uploaded files of these probes go to a scratch directory (unless the environment was already
// read by an earlier import) and are removed again either way.
process.env.MEDIA_DIR ??= path.join(os.tmpdir(), "coinmela-probe-media");

async function uniquePng(): Promise<Buffer> {
  // Random pixels: every probe run uploads different bytes, so no upload is a duplicate.
  return sharp(randomBytes(12 * 12 * 3), { raw: { width: 12, height: 12, channels: 3 } })
    .png()
    .toBuffer();
}

export const probes: Probes = {
  async "media.upload"({ prisma, user, unique }) {
    const { POST } = await import("@/app/api/admin/media/route");
    const { removeStoredFiles } = await import("@/features/media/storage");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(await uniquePng())], "probe.png"));
    form.set("alt", `probe ${unique}`);
    const request = new Request("http://localhost/api/admin/media", { method: "POST", body: form });
    const response = await POST(new NextRequest(request), { params: Promise.resolve({}) });
    const row = await prisma.media.findFirst({
      where: { alt: `probe ${unique}` },
      select: { id: true, path: true, uploadedById: true, variants: true },
    });
    if (row) {
      await prisma.media.delete({ where: { id: row.id } });
      await removeStoredFiles([row.path]);
    }
    if (response.status === 201 && row?.uploadedById === user.id) return "allowed";
    if ((response.status === 401 || response.status === 403) && !row) return "refused";
    throw new Error(`unexpected: HTTP ${response.status}, row ${row ? "created" : "absent"}`);
  },

  async "media.manage"({ prisma, unique }) {
    const { updateMediaAction } = await import("@/features/media/actions");
    const media = await prisma.media.create({
      data: {
        path: `/media/${randomBytes(12).toString("hex")}.png`,
        originalName: `${unique}.png`,
        mimeType: "image/png",
        alt: "before",
        width: 10,
        height: 10,
        sizeBytes: 100,
      },
      select: { id: true },
    });
    const form = new FormData();
    form.set("mediaId", String(media.id));
    form.set("alt", `managed ${unique}`);
    const outcome = await updateMediaAction({ status: "idle" }, form);
    const after = await prisma.media.findUniqueOrThrow({
      where: { id: media.id },
      select: { alt: true },
    });
    await prisma.media.delete({ where: { id: media.id } });
    if (outcome.status === "ok" && after.alt === `managed ${unique}`) return "allowed";
    if (outcome.status === "error" && after.alt === "before") return "refused";
    throw new Error(`unexpected: ${JSON.stringify(outcome)}, alt ${after.alt}`);
  },
};
