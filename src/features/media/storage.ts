import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OutputInfo } from "sharp";
import { env } from "@/env";
import {
  type AcceptedType,
  EXTENSION_OF,
  type MediaVariant,
  publicUrl,
  scaledHeight,
  STORED_NAME,
  storedNameOf,
  variantWidths,
} from "./rules";

// Files of the media library on disk. An upload is decoded and re-encoded with sharp: the
// original keeps its format and size but loses its metadata (EXIF with GPS positions, camera
// serials) after its orientation is applied; the variants are WebP at fixed widths. Names are
// the hash of the uploaded bytes, so a file's URL never changes meaning and can be cached forever.

/** Decoding bombs stop here: a small file may claim billions of pixels. */
export const MAX_INPUT_PIXELS = 50_000_000;

export function mediaRoot(): string {
  return path.resolve(env.MEDIA_DIR);
}

/** Absolute path of a stored file, or null for anything that is not one of our names. */
export function storedFilePath(name: string): string | null {
  if (!STORED_NAME.test(name)) return null;
  return path.join(mediaRoot(), name);
}

export interface StoredImage {
  /** Public URL of the re-encoded original. */
  path: string;
  width: number;
  height: number;
  sizeBytes: number;
  variants: MediaVariant[];
  files: string[];
}

export class ImageDecodeError extends Error {
  override name = "ImageDecodeError";
}

async function writeAtomically(name: string, data: Buffer): Promise<void> {
  const target = path.join(mediaRoot(), name);
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(/*turbopackIgnore: true*/ temporary, data);
  await rename(/*turbopackIgnore: true*/ temporary, target);
}

/** Decodes, re-encodes and writes an image whose type was already sniffed from its bytes. */
export async function storeImage(bytes: Buffer, type: AcceptedType): Promise<StoredImage> {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 24);
  const input = () =>
    // autoOrient applies the EXIF rotation, so stripping the metadata keeps the picture upright.
    sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).autoOrient();
  let oriented: { data: Buffer; info: OutputInfo };
  try {
    const encoder = input();
    const encoded =
      type === "image/jpeg"
        ? encoder.jpeg({ quality: 90, mozjpeg: true })
        : type === "image/png"
          ? encoder.png({ compressionLevel: 9 })
          : type === "image/webp"
            ? encoder.webp({ quality: 90 })
            : encoder.avif({ quality: 70 });
    oriented = await encoded.toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageDecodeError(error instanceof Error ? error.message : String(error));
  }
  const { width, height } = oriented.info;
  await mkdir(/*turbopackIgnore: true*/ mediaRoot(), { recursive: true });
  const originalName = `${hash}.${EXTENSION_OF[type]}`;
  const files = [originalName];
  await writeAtomically(originalName, oriented.data);
  const variants: MediaVariant[] = [];
  for (const variantWidth of variantWidths(width)) {
    const name = `${hash}-${variantWidth}.webp`;
    const data = await sharp(oriented.data)
      .resize({ width: variantWidth })
      .webp({ quality: 80 })
      .toBuffer();
    await writeAtomically(name, data);
    files.push(name);
    variants.push({
      width: variantWidth,
      height: scaledHeight({ width, height }, variantWidth),
      path: publicUrl(name),
    });
  }
  return {
    path: publicUrl(originalName),
    width,
    height,
    sizeBytes: oriented.data.length,
    variants,
    files,
  };
}

/** Removes the files of a media row (its original and variants); missing files are fine. */
export async function removeStoredFiles(urls: string[]): Promise<void> {
  for (const url of urls) {
    const name = storedNameOf(url);
    const file = name ? storedFilePath(name) : null;
    if (file) await rm(/*turbopackIgnore: true*/ file, { force: true });
  }
}

export async function storedFileInfo(name: string) {
  const file = storedFilePath(name);
  if (!file) return null;
  try {
    // The directory is configured at run time (MEDIA_DIR): nothing for the build to trace.
    const info = await stat(/*turbopackIgnore: true*/ file);
    return info.isFile() ? { file, size: info.size, mtime: info.mtime } : null;
  } catch {
    return null;
  }
}
