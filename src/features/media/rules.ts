// Pure rules of the media library: which files are images we accept (decided from their bytes,
// never from a name or a client's Content-Type), which variant widths an image gets, and the
// shape of the names files are stored under.

export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

export const ACCEPTED_TYPES_TEXT = "JPEG, PNG, WebP or AVIF";

export const EXTENSION_OF: Record<AcceptedType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
};

/** Widths of the responsive WebP variants; an image narrower than a width does not get it. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

export const ALT_MAX = 300;
export const CAPTION_MAX = 500;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/**
 * The image type of a file from its first bytes (magic numbers), or null when it is none of the
 * accepted types. AVIF is an ISO-BMFF file whose `ftyp` box names an AVIF brand.
 */
export function sniffImageType(bytes: Uint8Array): AcceptedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === "ftyp") {
    const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    const end = Math.min(bytes.length, Math.max(16, boxSize));
    // The major brand, then the compatible brands, four bytes each (skipping the minor version).
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.some((brand) => brand === "avif" || brand === "avis")) return "image/avif";
  }
  return null;
}

/** The variant widths an image of this width gets: never wider than the original. */
export function variantWidths(originalWidth: number): number[] {
  return VARIANT_WIDTHS.filter((width) => width <= originalWidth);
}

/** Height of a variant scaled to `width`, keeping the aspect ratio. */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}

/** Names of stored files: a content hash, an optional width, an extension. Nothing else. */
export const STORED_NAME = /^[a-f0-9]{24}(-\d{2,5})?\.(jpg|png|webp|avif)$/;

export const PUBLIC_PREFIX = "/media/";

export const publicUrl = (name: string) => `${PUBLIC_PREFIX}${name}`;

/** The stored file name of a public URL made by publicUrl, or null. */
export function storedNameOf(url: string): string | null {
  if (!url.startsWith(PUBLIC_PREFIX)) return null;
  const name = url.slice(PUBLIC_PREFIX.length);
  return STORED_NAME.test(name) ? name : null;
}

export const CONTENT_TYPE_OF_EXTENSION: Record<string, AcceptedType> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface MediaVariant {
  width: number;
  height: number;
  path: string;
}

/** The variants column as stored (JSON), checked; anything malformed is dropped. */
export function readVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { width, height, path } = item as Record<string, unknown>;
    return typeof width === "number" && typeof height === "number" && typeof path === "string"
      ? [{ width, height, path }]
      : [];
  });
}

/** The smallest variant at least `width` wide, else the widest one, else null. */
export function pickVariant(variants: MediaVariant[], width: number): MediaVariant | null {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((variant) => variant.width >= width) ?? sorted.at(-1) ?? null;
}
