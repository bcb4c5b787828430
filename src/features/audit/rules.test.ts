import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./rules";

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
