// The demo content of product.md ("Demo content"): categories, tags, authors, 40+ articles with
// locally generated images, guides, static pages, comments, view counts and the demo accounts.
// Idempotent: rows are matched by their natural keys and never duplicated; an existing row is
// left as it is, so edits made through the site survive a second run.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../src/generated/prisma/client";
import { renderMarkdown } from "../src/features/articles/render";
import { hashPassword } from "../src/features/users/password";
import {
  allDemoArticles,
  DEMO_AUTHORS,
  DEMO_COMMENTS,
  DEMO_PAGES,
  DEMO_SETTINGS,
  DEMO_TAGS,
} from "./demo";
import { DEMO_CATEGORIES } from "./demo/categories";
import { demoMarketCoins } from "./demo/market";
import type { DemoArticle, DemoComment } from "./demo/types";

/** The one password of every demo account (development only; documented in README.md). */
export const DEMO_PASSWORD = "coinmela-demo-2026";

export const DEMO_ACCOUNTS = [
  { username: "admin", name: "Ada Admin", role: "ADMIN" },
  { username: "editor", name: "Eli Editor", role: "EDITOR" },
  { username: "contributor", name: "Cora Contributor", role: "CONTRIBUTOR" },
  { username: "reader", name: "Rui Reader", role: "READER" },
] as const;

/** product.md's reference article; the demo pins it as the home page's lead story. */
export const REFERENCE_ARTICLE_SLUG = "small-caps-show-strong-start-in-2026-outperforming-sp-500";

export const DEMO_IMAGE_SIZE = { width: 1200, height: 675 };

export function demoImagePath(slug: string): string {
  return `/images/demo/${slug}.webp`;
}

export function publishedAtOf(article: DemoArticle, now: Date): Date {
  return "at" in article.published
    ? new Date(article.published.at)
    : new Date(now.getTime() - article.published.hoursAgo * 3_600_000);
}

/** Deterministic 0..1 from a string, so demo view counts are the same on every run. */
function unitHash(input: string): number {
  return createHash("sha256").update(input).digest().readUInt32BE(0) / 0xffffffff;
}

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export interface SeedSummary {
  articles: number;
  created: { articles: number; users: number; comments: number };
}

export async function seedDemo(
  prisma: PrismaClient,
  options: { now?: Date; log?: (line: string) => void } = {},
): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const created = { articles: 0, users: 0, comments: 0 };

  // Settings: one row per key; existing values (changed by an admin) are kept.
  const settings = { ...DEMO_SETTINGS, leadArticleSlug: REFERENCE_ARTICLE_SLUG };
  await prisma.setting.createMany({
    data: Object.entries(settings).map(([key, value]) => ({
      key,
      value: value as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });

  const categoryIds = new Map<string, number>();
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    const row = await prisma.category.upsert({
      where: { slug: category.slug },
      create: { ...category, position },
      update: {},
      select: { id: true },
    });
    categoryIds.set(category.slug, row.id);
  }

  const tagIds = new Map<string, number>();
  for (const tag of DEMO_TAGS) {
    const row = await prisma.tag.upsert({
      where: { slug: tag.slug },
      create: tag,
      update: {},
      select: { id: true },
    });
    tagIds.set(tag.slug, row.id);
  }

  // Demo accounts (they can sign in) and the newsroom bylines (they cannot).
  const userIds = new Map<string, number>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await prisma.user.findUnique({
      where: { username: account.username },
      select: { id: true },
    });
    if (existing) {
      userIds.set(account.username, existing.id);
      continue;
    }
    const row = await prisma.user.create({
      data: { ...account, email: `${account.username}@example.com`, passwordHash },
      select: { id: true },
    });
    userIds.set(account.username, row.id);
    created.users++;
  }
  for (const author of DEMO_AUTHORS) {
    const existing = await prisma.user.findUnique({
      where: { username: author.slug },
      select: { id: true },
    });
    if (existing) {
      userIds.set(author.slug, existing.id);
      continue;
    }
    const row = await prisma.user.create({
      data: {
        username: author.slug,
        email: author.email.toLowerCase(),
        name: author.name,
        role: author.role,
        bio: author.bio,
        socialLinks: author.socials,
      },
      select: { id: true },
    });
    userIds.set(author.slug, row.id);
    created.users++;
  }

  const articles = allDemoArticles();
  const articleIds = new Map<string, { id: number; publishedAt: Date }>();
  for (const article of articles) {
    const publishedAt = publishedAtOf(article, now);
    const existing = await prisma.article.findUnique({
      where: { slug: article.slug },
      select: { id: true, publishedAt: true },
    });
    if (existing) {
      articleIds.set(article.slug, {
        id: existing.id,
        publishedAt: existing.publishedAt ?? publishedAt,
      });
      continue;
    }
    const media = await prisma.media.upsert({
      where: { path: demoImagePath(article.slug) },
      create: {
        path: demoImagePath(article.slug),
        originalName: `${article.slug}.webp`,
        mimeType: "image/webp",
        alt: article.image.alt,
        caption: article.image.caption,
        ...DEMO_IMAGE_SIZE,
        sizeBytes: 0,
      },
      update: {},
      select: { id: true },
    });
    const { html, text } = renderMarkdown(article.body);
    const row = await prisma.article.create({
      data: {
        slug: article.slug,
        title: article.title,
        dek: article.dek,
        bodySource: article.body,
        bodyHtml: html,
        bodyText: text,
        kind: article.kind === "guide" ? "GUIDE" : "NEWS",
        status: "PUBLISHED",
        publishedAt,
        createdAt: publishedAt,
        contentUpdatedAt: article.updatedAfterMinutes
          ? new Date(publishedAt.getTime() + article.updatedAfterMinutes * 60_000)
          : null,
        categoryId: required(categoryIds, article.category, "category"),
        featuredImageId: media.id,
        featuredImageCaption: article.image.caption,
        sponsored: Boolean(article.sponsored),
        sponsorName: article.sponsored?.sponsor ?? null,
        authors: {
          create: article.authors.map((slug, position) => ({
            userId: required(userIds, slug, "author"),
            position,
          })),
        },
        tags: { create: article.tags.map((slug) => ({ tagId: required(tagIds, slug, "tag") })) },
        redirects: {
          create: (article.oldSlugs ?? []).map((old) => ({ fromPath: `/news/${old}` })),
        },
      },
      select: { id: true },
    });
    articleIds.set(article.slug, { id: row.id, publishedAt });
    created.articles++;
  }

  for (const page of DEMO_PAGES) {
    const { html } = renderMarkdown(page.body);
    await prisma.page.upsert({
      where: { slug: page.slug },
      create: {
        slug: page.slug,
        title: page.title,
        seoDescription: page.description,
        bodySource: page.body,
        bodyHtml: html,
      },
      update: {},
    });
  }

  // Comments go in only where an article has none yet, so a second run adds nothing.
  const commentsByArticle = new Map<string, DemoComment[]>();
  for (const comment of DEMO_COMMENTS) {
    commentsByArticle.set(comment.article, [
      ...(commentsByArticle.get(comment.article) ?? []),
      comment,
    ]);
  }
  for (const [slug, comments] of commentsByArticle) {
    const article = articleIds.get(slug);
    if (!article) continue;
    if ((await prisma.comment.count({ where: { articleId: article.id } })) > 0) continue;
    const insert = async (comment: DemoComment, parentId: number | null) => {
      const at = new Date(article.publishedAt.getTime() + comment.hoursAfterPublish * 3_600_000);
      const row = await prisma.comment.create({
        data: {
          articleId: article.id,
          authorId: required(userIds, comment.author, "comment author"),
          parentId,
          body: comment.body,
          status: comment.status,
          createdAt: at,
        },
        select: { id: true },
      });
      created.comments++;
      for (const reply of comment.replies ?? []) await insert(reply, row.id);
    };
    for (const comment of comments) await insert(comment, null);
  }

  // A week of readership, so "Popular News" has real rows to rank from the start.
  const views: Prisma.ArticleViewCreateManyInput[] = [];
  for (const article of articles) {
    const ids = articleIds.get(article.slug);
    if (!ids) continue;
    const appeal = unitHash(`appeal:${article.slug}`);
    for (let daysAgo = 0; daysAgo < 8; daysAgo++) {
      const day = utcDay(new Date(now.getTime() - daysAgo * 86_400_000));
      if (day < utcDay(ids.publishedAt)) continue;
      const count = Math.round(
        20 + appeal ** 3 * 900 * (0.6 + unitHash(`${article.slug}:${daysAgo}`) * 0.8),
      );
      views.push({ articleId: ids.id, day, count });
    }
  }
  await prisma.articleView.createMany({ data: views, skipDuplicates: true });

  // Prices for the offline provider: the top 100 coins (the ticker's ten among them). Existing
  // rows are newer prices (from a live provider or an earlier seed) and are kept.
  await prisma.priceSnapshot.createMany({
    data: demoMarketCoins(now).map((coin) => ({
      assetId: coin.id,
      symbol: coin.symbol,
      name: coin.name,
      marketCapRank: coin.rank,
      priceUsd: coin.price,
      change1h: coin.change1h,
      change24h: coin.change24h,
      change7d: coin.change7d,
      marketCap: coin.marketCap,
      volume24h: coin.volume24h,
      circulatingSupply: coin.circulatingSupply,
      totalSupply: coin.totalSupply,
      maxSupply: coin.maxSupply,
      ath: coin.ath,
      athDate: coin.athDate ? new Date(coin.athDate) : null,
      sparkline7d: coin.sparkline7d,
      lastUpdated: new Date(coin.lastUpdated),
      source: "demo",
      fetchedAt: now,
    })),
    skipDuplicates: true,
  });

  log(
    `Demo content ready: ${articles.length} articles (${created.articles} new), ` +
      `${created.users} new users, ${created.comments} new comments.`,
  );
  return { articles: articles.length, created };
}

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo content refers to unknown ${what} "${key}"`);
  return value;
}
