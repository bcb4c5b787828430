import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import SiteCacheHandler, { noteLookup, renderStartFor } from "./next-cache-handler.mjs";

describe("the date an entry is stored under", () => {
  it("is the first lookup that found nothing: later misses may have joined that render", () => {
    noteLookup("a", false, 1_000);
    noteLookup("a", false, 2_000);
    expect(renderStartFor("a", 3_000)).toBe(1_000);
    // Forgotten once stored: the next render is dated from its own lookup.
    expect(renderStartFor("a", 4_000)).toBe(4_000);
  });

  it("is the last lookup that found a valid entry (a background revalidation starts there)", () => {
    noteLookup("b", true, 1_000);
    noteLookup("b", true, 5_000);
    expect(renderStartFor("b", 6_000)).toBe(5_000);
  });

  it("keeps the time of storing when there was no lookup", () => {
    expect(renderStartFor("c", 7_000)).toBe(7_000);
  });
});

describe("SiteCacheHandler", () => {
  it("dates a stored entry from the lookup before its render, so an expiry in between wins", async () => {
    const handler = new SiteCacheHandler({
      fs: undefined,
      flushToDisk: false,
      serverDistDir: mkdtempSync(path.join(os.tmpdir(), "coinmela-cache-handler-")),
      maxMemoryCacheSize: 10_000_000,
      revalidatedTags: [],
    });
    const ctx = { kind: "FETCH", fetchCache: true, tags: ["article:x"], softTags: [] };
    vi.useFakeTimers({ now: 10_000, toFake: ["Date"] });
    try {
      expect(await handler.get("page-x", ctx)).toBeNull(); // the render starts here, at 10 000
      vi.setSystemTime(25_000); // it reads the database, an expiry lands, it is stored at 25 000
      await handler.set(
        "page-x",
        {
          kind: "FETCH",
          data: { headers: {}, body: "old data", status: 200, url: "" },
          revalidate: 60,
          tags: ["article:x"],
        },
        ctx,
      );
      const entry = await handler.get("page-x", ctx);
      expect(entry?.lastModified).toBe(10_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
