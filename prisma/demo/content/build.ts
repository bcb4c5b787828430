import type { AuthorSlug, CategorySlug, DemoArticle, ImageMotif } from "../types";

const MOTIF_ALT: Record<ImageMotif, string> = {
  "chart-up": "Illustration of a green line chart rising across a dark grid",
  "chart-down": "Illustration of a red line chart falling across a dark grid",
  coin: "Illustration of a large coin with a symbol at its centre on a gradient background",
  network: "Illustration of connected nodes forming a network on a dark background",
  blocks: "Illustration of stacked cubes linked into a chain",
  candles: "Illustration of green and red candlesticks on a price chart",
  building: "Illustration of a bank building outline with columns",
  globe: "Illustration of a globe with meridians and glowing routes",
  shield: "Illustration of a shield with a check mark over a circuit pattern",
  book: "Illustration of an open book with chart lines on its pages",
};

interface Spec {
  title: string;
  dek: string;
  category: CategorySlug;
  tags: string[];
  authors?: AuthorSlug[];
  hoursAgo: number;
  motif: ImageMotif;
  updatedAfterMinutes?: number;
  sponsored?: string;
  oldSlug?: string;
  kind?: "news" | "guide";
  body: string;
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 90)
    .replace(/-+$/g, "");
}

/** A demo article from the few facts that differ between them. */
export function article(spec: Spec): DemoArticle {
  return {
    slug: slugify(spec.title),
    title: spec.title,
    dek: spec.dek,
    category: spec.category,
    tags: spec.tags,
    authors: spec.authors ?? ["news-desk"],
    kind: spec.kind ?? "news",
    published: { hoursAgo: spec.hoursAgo },
    ...(spec.updatedAfterMinutes ? { updatedAfterMinutes: spec.updatedAfterMinutes } : {}),
    ...(spec.sponsored ? { sponsored: { sponsor: spec.sponsored } } : {}),
    ...(spec.oldSlug ? { oldSlugs: [spec.oldSlug] } : {}),
    image: { alt: MOTIF_ALT[spec.motif], caption: "Illustration: CoinMela", motif: spec.motif },
    body: spec.body.trim(),
  };
}
