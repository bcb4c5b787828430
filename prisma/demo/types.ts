// Shapes of the demo content. The demo seed (prisma/seed.ts) turns these into rows;
// every sentence in the demo files is written for this project.

export const CATEGORY_SLUGS = [
  "bitcoin",
  "ethereum",
  "xrp",
  "altcoins",
  "nft",
  "blockchain",
  "web3",
  "defi",
  "finance",
  "stocks",
  "company",
] as const;
export type CategorySlug = (typeof CATEGORY_SLUGS)[number];

export const AUTHOR_SLUGS = [
  "news-desk",
  "maya-okafor",
  "daniel-reyes",
  "priya-raman",
  "tomasz-kowal",
] as const;
export type AuthorSlug = (typeof AUTHOR_SLUGS)[number];

/** Motifs the local image generator can draw for a featured image. */
export const IMAGE_MOTIFS = [
  "chart-up",
  "chart-down",
  "coin",
  "network",
  "blocks",
  "candles",
  "building",
  "globe",
  "shield",
  "book",
] as const;
export type ImageMotif = (typeof IMAGE_MOTIFS)[number];

export interface DemoImage {
  /** Alt text describing what the generated picture shows. */
  alt: string;
  /** Caption / credit line shown under the image. */
  caption: string;
  motif: ImageMotif;
}

export interface DemoArticle {
  /** URL slug: lowercase words joined by hyphens, unique across all demo articles. */
  slug: string;
  title: string;
  /** One or two sentences shown under the title and in cards (max ~280 characters). */
  dek: string;
  category: CategorySlug;
  /** Tag slugs; each must exist in DEMO_TAGS (prisma/demo/tags.ts). */
  tags: string[];
  /** First entry is the byline author; more entries are co-authors. */
  authors: AuthorSlug[];
  kind: "news" | "guide";
  /**
   * When it was published. Either a fixed ISO date-time (UTC) or a number of
   * hours before the moment the seed runs, so the demo always looks current.
   */
  published: { at: string } | { hoursAgo: number };
  /** Minutes after publication that the article was last updated (0 = never). */
  updatedAfterMinutes?: number;
  sponsored?: { sponsor: string };
  /** Earlier slugs of this article; each becomes a 301 redirect. */
  oldSlugs?: string[];
  image: DemoImage;
  /** Body in Markdown: ### headings, paragraphs, lists, links, > quotes, tables. */
  body: string;
}

export interface DemoTag {
  slug: string;
  name: string;
}

export interface DemoPage {
  slug: "about" | "contact" | "corrections" | "terms" | "disclaimer" | "privacy" | "advertise";
  title: string;
  description: string;
  body: string;
}

export interface DemoAuthor {
  slug: AuthorSlug;
  name: string;
  email: string;
  role: "EDITOR" | "CONTRIBUTOR";
  bio: string;
  socials: { x?: string; linkedin?: string; telegram?: string; website?: string };
}

export interface DemoComment {
  article: string;
  /** Username of a demo account or author. */
  author: string;
  body: string;
  hoursAfterPublish: number;
  status: "APPROVED" | "PENDING";
  replies?: DemoComment[];
}
