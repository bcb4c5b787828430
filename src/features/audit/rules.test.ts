import { describe, expect, it } from "vitest";
import { diffSnapshots, startOfDayInZone } from "./rules";

describe("diffSnapshots", () => {
  it("lists changed, added and removed fields by dotted path", () => {
    expect(
      diffSnapshots(
        { name: "DeFi", position: 3, ad: { label: "Ad", href: "/a" }, gone: true },
        { name: "Decentralized Finance", position: 3, ad: { label: "Ad", href: "/b" }, fresh: 1 },
      ),
    ).toEqual([
      { field: "ad.href", kind: "changed", before: '"/a"', after: '"/b"' },
      { field: "fresh", kind: "added", after: "1" },
      { field: "gone", kind: "removed", before: "true" },
      { field: "name", kind: "changed", before: '"DeFi"', after: '"Decentralized Finance"' },
    ]);
  });

  it("treats a missing side as everything added or removed", () => {
    expect(diffSnapshots(null, { slug: "x" })).toEqual([
      { field: "slug", kind: "added", after: '"x"' },
    ]);
    expect(diffSnapshots({ slug: "x" }, undefined)).toEqual([
      { field: "slug", kind: "removed", before: '"x"' },
    ]);
  });

  it("keeps scalar arrays whole and can include unchanged fields", () => {
    expect(
      diffSnapshots(
        { tags: ["a", "b"], n: 1 },
        { tags: ["a", "c"], n: 1 },
        { includeUnchanged: true },
      ),
    ).toEqual([
      { field: "n", kind: "unchanged", before: "1", after: "1" },
      { field: "tags", kind: "changed", before: '["a","b"]', after: '["a","c"]' },
    ]);
  });
});

describe("startOfDayInZone", () => {
  it("finds local midnight in the zone, across daylight saving", () => {
    expect(startOfDayInZone("2026-01-15", "America/New_York")?.toISOString()).toBe(
      "2026-01-15T05:00:00.000Z",
    );
    expect(startOfDayInZone("2026-07-15", "America/New_York")?.toISOString()).toBe(
      "2026-07-15T04:00:00.000Z",
    );
    expect(startOfDayInZone("2026-03-08", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
    expect(startOfDayInZone("2026-06-01", "Asia/Kolkata")?.toISOString()).toBe(
      "2026-05-31T18:30:00.000Z",
    );
    expect(startOfDayInZone("2026-06-01", "UTC")?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });

  it("refuses what is not a calendar day", () => {
    for (const day of ["2026-02-30", "2026-13-01", "yesterday", "2026-1-1"]) {
      expect(startOfDayInZone(day, "UTC"), day).toBeNull();
    }
  });
});
