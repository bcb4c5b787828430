import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  formatBytes,
  pickVariant,
  readVariants,
  scaledHeight,
  sniffImageType,
  storedNameOf,
  variantWidths,
} from "./rules";

const encode = (format: "jpeg" | "png" | "webp" | "avif") =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: "#3366cc" } })
    .toFormat(format)
    .toBuffer();

describe("sniffImageType", () => {
  it("recognises real JPEG, PNG, WebP and AVIF files by their bytes", async () => {
    expect(sniffImageType(await encode("jpeg"))).toBe("image/jpeg");
    expect(sniffImageType(await encode("png"))).toBe("image/png");
    expect(sniffImageType(await encode("webp"))).toBe("image/webp");
    expect(sniffImageType(await encode("avif"))).toBe("image/avif");
  });

  it("refuses text, HTML, SVG, GIF and truncated headers", async () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(sniffImageType(text("just some text, saved as photo.jpg"))).toBeNull();
    expect(sniffImageType(text("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).toBeNull();
    expect(sniffImageType(text("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffImageType(text("GIF89a...."))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it("refuses ISO-BMFF files that are not AVIF (an MP4 video)", () => {
    const mp4 = new Uint8Array(24);
    mp4.set([0, 0, 0, 24]);
    mp4.set(new TextEncoder().encode("ftypisom\0\0\0\0mp41"), 4);
    expect(sniffImageType(mp4)).toBeNull();
    const avif = new Uint8Array(24);
    avif.set([0, 0, 0, 24]);
    avif.set(new TextEncoder().encode("ftypmif1\0\0\0\0avif"), 4);
    expect(sniffImageType(avif)).toBe("image/avif");
  });
});

describe("variantWidths", () => {
  it("never upscales", () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(1599)).toEqual([480, 960]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(500)).toEqual([480]);
    expect(variantWidths(479)).toEqual([]);
  });
  it("keeps the aspect ratio", () => {
    expect(scaledHeight({ width: 1920, height: 1080 }, 480)).toBe(270);
    expect(scaledHeight({ width: 3000, height: 1 }, 480)).toBe(1);
  });
});

describe("stored names", () => {
  it("maps only our own URLs back to file names", () => {
    expect(storedNameOf("/media/0123456789abcdef01234567.png")).toBe(
      "0123456789abcdef01234567.png",
    );
    expect(storedNameOf("/media/0123456789abcdef01234567-480.webp")).toBe(
      "0123456789abcdef01234567-480.webp",
    );
    expect(storedNameOf("/media/../../etc/passwd")).toBeNull();
    expect(storedNameOf("/media/0123456789abcdef01234567.svg")).toBeNull();
    expect(storedNameOf("/images/demo/brand-logo.png")).toBeNull();
  });
});

describe("variants", () => {
  const variants = readVariants([
    { width: 960, height: 540, path: "/media/b.webp" },
    { width: 480, height: 270, path: "/media/a.webp" },
    { width: "x", path: 3 },
    null,
  ]);
  it("reads the stored JSON and drops malformed entries", () => {
    expect(variants).toHaveLength(2);
    expect(readVariants("nonsense")).toEqual([]);
  });
  it("picks the smallest variant wide enough", () => {
    expect(pickVariant(variants, 400)?.path).toBe("/media/a.webp");
    expect(pickVariant(variants, 700)?.path).toBe("/media/b.webp");
    expect(pickVariant(variants, 5000)?.path).toBe("/media/b.webp");
    expect(pickVariant([], 5000)).toBeNull();
  });
  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MB");
  });
});
