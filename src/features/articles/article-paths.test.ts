import { afterEach, describe, expect, it, vi } from "vitest";

// The proxy's path lookups against a stand-in for PostgreSQL: what matters here is what the
// proxy does with a stored redirect target, not the SQL.
const stored = vi.hoisted(() => ({ location: "/new-page" as string | null }));
vi.mock("@/env", () => ({ env: { DATABASE_URL: "postgresql://unused@localhost/unused" } }));
vi.mock("@/lib/db-pool", () => ({
  createBoundedPool: () => ({
    async query(sql: string) {
      if (sql.includes(`SELECT "fromPath"`)) return { rows: [{ fromPath: "/old-page" }] };
      const row = { toPath: stored.location, status: 301, articleId: null };
      if (sql.includes("EXISTS")) return { rows: [{ known: false, ...row }] };
      return { rows: [row] };
    },
  }),
}));

const { forgetRedirectPaths, resolveArticlePath } = await import("./article-paths");
const { logger } = await import("@/lib/logger");

afterEach(() => {
  forgetRedirectPaths();
  vi.restoreAllMocks();
});

describe("resolveArticlePath with stored redirect targets", () => {
  it("follows a target on this site", async () => {
    stored.location = "/new-page";
    expect(await resolveArticlePath("/old-page")).toEqual({
      type: "redirect",
      location: "/new-page",
      status: 301,
    });
    expect(await resolveArticlePath("/news/old-slug")).toMatchObject({ type: "redirect" });
  });

  it("answers as if there were no redirect when the target would leave the site", async () => {
    const warn = vi.spyOn(logger(), "warn").mockImplementation(() => {});
    for (const location of [
      "//evil.example/x",
      "/\\evil.example/x",
      "/.//evil.example/x",
      "https://evil.example/x",
    ]) {
      stored.location = location;
      expect(await resolveArticlePath("/old-page"), location).toEqual({ type: "known" });
      expect(await resolveArticlePath("/news/old-slug"), location).toEqual({ type: "unknown" });
    }
    expect(warn).toHaveBeenCalledWith(
      { location: "https://evil.example/x" },
      "[redirects] ignoring a redirect that leaves the site",
    );
  });
});
