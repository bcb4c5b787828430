import { describe, expect, it } from "vitest";
import { FILE_ROUTE, UNMATCHED_ROUTE, createRouteLabeller } from "./route-label";

// The shape of .next/routes-manifest.json, with routes of this app (route groups are not in paths).
const label = createRouteLabeller({
  staticRoutes: [
    { page: "/" },
    { page: "/news" },
    { page: "/feed.xml" },
    { page: "/api/prices" },
    { page: "/metrics" },
    { page: "/_not-found" },
  ],
  dynamicRoutes: [
    { page: "/news/[slug]", regex: "^/news/([^/]+?)(?:/)?$" },
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
    { page: "/paged/[list]/[key]/[page]", regex: "^/paged/([^/]+?)/([^/]+?)/([^/]+?)(?:/)?$" },
    { page: "/[page]", regex: "^/([^/]+?)(?:/)?$" },
  ],
});

describe("route labels", () => {
  it("names static routes and the route pattern of dynamic paths", () => {
    expect(label("/")).toBe("/");
    expect(label("/news")).toBe("/news");
    expect(label("/news/")).toBe("/news");
    expect(label("/metrics")).toBe("/metrics");
    expect(label("/news/bitcoin-hits-a-record")).toBe("/news/[slug]");
    expect(label("/news/another-article")).toBe("/news/[slug]");
    expect(label("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(label("/about")).toBe("/[page]");
  });

  it("keeps Next's files and unknown paths to a few fixed labels", () => {
    expect(label("/_next/static/chunks/app-1234.js")).toBe("/_next/static");
    expect(label("/_next/image")).toBe("/_next/image");
    expect(label("/_next/data/x.json")).toBe("/_next");
    expect(label("/_not-found")).toBe("/[page]");
    expect(label("/no/such/path/here")).toBe(UNMATCHED_ROUTE);
    expect(label("/images/logo/mark.png")).toBe(FILE_ROUTE);
    const distinct = new Set(
      Array.from({ length: 500 }, (_, i) => label(`/news/article-${i}`)).concat(
        Array.from({ length: 500 }, (_, i) => label(`/x/${i}/y`)),
      ),
    );
    expect([...distinct].sort()).toEqual([UNMATCHED_ROUTE, "/news/[slug]"].sort());
  });
});
