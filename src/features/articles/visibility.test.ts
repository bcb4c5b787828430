import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import {
  isPublicArticle,
  publicArticleSql,
  publicArticleWhere,
  redirectDestination,
} from "./visibility";

const now = new Date("2026-06-01T12:00:00Z");
const earlier = new Date("2026-06-01T11:00:00Z");
const later = new Date("2026-06-01T13:00:00Z");

afterEach(() => vi.restoreAllMocks());

describe("what is public", () => {
  it("is a published article whose time has come", () => {
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: earlier }, now)).toBe(true);
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: now }, now)).toBe(true);
  });

  it("is not one published for later, one without a date, or any other status", () => {
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: later }, now)).toBe(false);
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: null }, now)).toBe(false);
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"]) {
      expect(isPublicArticle({ status, publishedAt: earlier }, now), status).toBe(false);
    }
  });

  it("says the same in Prisma and in SQL", () => {
    expect(publicArticleWhere(now)).toEqual({ status: "PUBLISHED", publishedAt: { lte: now } });
    expect(publicArticleSql("a")).toBe(`a.status = 'PUBLISHED' AND a."publishedAt" <= now()`);
    expect(() => publicArticleSql("a; DROP TABLE x")).toThrow();
  });
});

describe("where a stored redirect leads", () => {
  const article = { slug: "new-slug", kind: "GUIDE" as const, publishedAt: earlier };

  it("to a public article's current URL, or nowhere while it is not public", () => {
    const live = { toPath: null, article: { ...article, status: "PUBLISHED" } };
    expect(redirectDestination(live, now)).toBe("/learn/new-slug");
    const archived = { toPath: null, article: { ...article, status: "ARCHIVED" } };
    expect(redirectDestination(archived, now)).toBeNull();
  });

  it("to a fixed path on this site, never off it", () => {
    expect(redirectDestination({ toPath: "/about-us", article: null }, now)).toBe("/about-us");
    const warn = vi.spyOn(logger(), "warn").mockImplementation(() => {});
    expect(redirectDestination({ toPath: "//evil.example/x", article: null }, now)).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      { location: "//evil.example/x" },
      "[redirects] ignoring a redirect that leaves the site",
    );
  });
});
