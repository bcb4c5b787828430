// Article slugs: the last part of an article's URL. Generated from the title until an editor edits
// the slug by hand; always lower-case ASCII letters, digits and single hyphens.

export const SLUG_MAX = 120;

/** What a valid slug looks like: "small-caps-show-strong-start-in-2026". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a title: accents dropped, anything else between words becomes one hyphen. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= SLUG_MAX) return slug;
  // Cut at a word boundary rather than in the middle of a word.
  const cut = slug.slice(0, SLUG_MAX + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX)).replace(/-+$/, "");
}

/** Why a hand-written slug is not acceptable, or null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return "Enter a slug, or a title to make one from.";
  if (slug.length > SLUG_MAX) return `Keep the slug to ${SLUG_MAX} characters or fewer.`;
  if (!SLUG_PATTERN.test(slug)) {
    return "Use lower-case letters, digits and single hyphens only (e.g. bitcoin-hits-new-high).";
  }
  return null;
}
