import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { ensureSystemPackages, findVmod, missingSystemPackages } from "./system-packages";

// npm test installs these before any test runs (scripts/test-all.ts); here they must be present.
it("finds every package the edge, cache and load tests need", () => {
  expect(missingSystemPackages(["varnish", "varnish-modules", "redis-server", "wrk"])).toEqual([]);
  expect(() => ensureSystemPackages(["varnish", "varnish-modules"], () => {})).not.toThrow();
});

it("locates the xkey vmod in Debian's vmod directory", () => {
  const xkey = findVmod("xkey");
  expect(xkey).toMatch(/\/varnish\/vmods\/libvmod_xkey\.so$/);
  expect(existsSync(xkey ?? "")).toBe(true);
  expect(findVmod("no_such_vmod")).toBeUndefined();
});
