// The first path segments of the site's own routes and folders (/news, /admin, /feed…). Static
// pages live at /<slug> beside them, so a page slug must never take one (features/pages/rules.ts),
// and a redirect from one of them would shadow a section (features/redirects/admin-queries.ts).
// src/features/pages/rules.test.ts checks this list against the folders of src/app.

export const SITE_SECTIONS = [
  "account",
  "admin",
  "api",
  "author",
  "category",
  "feed",
  "forbidden",
  "forgot-password",
  "learn",
  "market",
  "media",
  "metrics",
  "news",
  "paged",
  "register",
  "reset-password",
  "search",
  "signin",
  "signout",
  "sitemaps",
  "tag",
  "uploads",
  "images",
] as const;

const sections = new Set<string>(SITE_SECTIONS);

/** Whether `segment` is the first path segment of one of the site's own sections. */
export function isSiteSection(segment: string): boolean {
  return sections.has(segment);
}
