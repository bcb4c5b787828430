// Next keeps cached pages and data on disk (.next/server/route-cache, .next/cache/fetch-cache)
// but remembers revalidated tags only in memory. After a restart, pages cached before an
// unpublish would come back, and pages prerendered at build time may predate the database the
// server now reads. So every start begins clean: the runtime caches are removed before Next
// starts, and once it answers, the site-wide tags (every cached page carries at least one) are
// expired through the revalidation route, which sends the build's prerendered pages to be
// rebuilt too.
import { rm } from "node:fs/promises";
import path from "node:path";
import { siteWideCacheTags } from "../../src/lib/cache-tags";
import { ExpectedError } from "./expected-error";

export async function clearRuntimeCaches(distDir = ".next"): Promise<void> {
  await rm(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  await rm(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}

export async function expireAllCachedPages(baseUrl: string, secret: string): Promise<void> {
  const response = await fetch(new URL("/api/revalidate", baseUrl), {
    method: "POST",
    headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tags: siteWideCacheTags }),
  });
  if (!response.ok) {
    throw new ExpectedError(
      `Expiring the page cache at start-up failed: ${response.status} ${await response.text()}`,
    );
  }
}
