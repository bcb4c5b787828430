import { slugProblem } from "@/features/categories/rules";

// Static pages live at /<slug>, beside the site's own top-level routes: a page slug must never
// take one of those (tests check this list against src/app).

export const RESERVED_PAGE_SLUGS = [
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
  "news",
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

const reserved = new Set<string>(RESERVED_PAGE_SLUGS);

/** Why a slug cannot name a static page, or null. */
export function pageSlugProblem(slug: string): string | null {
  const shape = slugProblem(slug);
  if (shape) return shape;
  if (reserved.has(slug) || slug.startsWith("_")) {
    return `“/${slug}” is one of the site's own sections: choose another slug.`;
  }
  return null;
}
