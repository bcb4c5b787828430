// Scheduled publishing against real PostgreSQL: due articles go live exactly once even when two
// runs overlap, with publishedAt = the scheduled time, one audit entry, one cache expiry through
// the one expiry path (outside any request: it purges the edge, played here by a receiver) and one
// webhook event each;
// articles not yet due, drafts and already-published ones are left alone.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type * as PublishDueModule from "@/features/scheduling/publish-due";
import type * as BackgroundModule from "@/features/scheduling/background";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import { startReceiver, type Receiver } from "../fixtures/webhook-receiver";

const SECRET = "s".repeat(40);
let prisma: PrismaClient;
let edge: Receiver;
let hooks: Receiver;
let scheduler: typeof PublishDueModule;
let background: typeof BackgroundModule;
const ids: Record<string, number> = {};
const now = new Date();
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

beforeAll(async () => {
  // The edge cache that the expiry path purges, played by a loopback server.
  edge = await startReceiver();
  hooks = await startReceiver();
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.EDGE_PURGE_URLS = edge.url;
  process.env.EDGE_PURGE_SECRET = SECRET;
  process.env.SITE_URL = "https://news.example.com";
  process.env.WEBHOOK_ALLOW_PRIVATE = "true"; // the webhook receiver is on loopback
  prisma = createPrismaClient(inject("databaseUrl"));
  scheduler = await import("@/features/scheduling/publish-due");
  background = await import("@/features/scheduling/background");
  // As the server does at start-up: webhooks hears of the articles the scheduler publishes.
  (await import("@/features/wiring")).wireFeatures();

  const category = await prisma.category.create({ data: { slug: "sch-cat", name: "Sched" } });
  const rows = [
    ["sch-due-1", "SCHEDULED", at(-120)],
    ["sch-due-2", "SCHEDULED", at(-5)],
    ["sch-due-3", "SCHEDULED", at(0)],
    ["sch-future", "SCHEDULED", at(3600)],
    ["sch-draft", "DRAFT", at(-60)],
  ] as const;
  for (const [slug, status, scheduledFor] of rows) {
    const article = await prisma.article.create({
      data: { slug, title: `Title ${slug}`, status, scheduledFor, categoryId: category.id },
    });
    ids[slug] = article.id;
  }
  await prisma.webhook.create({
    data: {
      url: hooks.url,
      secret: "whsec_sched",
      events: ["article.published"],
      description: "sch-hook",
    },
  });
});

afterAll(async () => {
  await prisma.webhook.deleteMany({ where: { description: "sch-hook" } });
  await prisma.auditLog.deleteMany({ where: { action: "article.publish-scheduled" } });
  await prisma.article.deleteMany({ where: { slug: { startsWith: "sch-" } } });
  await prisma.category.deleteMany({ where: { slug: "sch-cat" } });
  await prisma.$disconnect();
  await edge.close();
  await hooks.close();
});

const due = ["sch-due-1", "sch-due-2", "sch-due-3"];

describe("publishDueArticles", () => {
  it("publishes each due article exactly once when two runs overlap", async () => {
    const run = () =>
      background.runAsBackgroundJob("test", () => scheduler.publishDueArticles(now));
    const runs = await Promise.all([run(), run(), run()]);
    const all = runs
      .flat()
      .map((a) => a.slug)
      .filter((s) => s.startsWith("sch-"));
    expect(all.sort()).toEqual(due);
  });

  it("keeps the intended time: publishedAt = scheduledFor", async () => {
    for (const slug of due) {
      const article = await prisma.article.findUniqueOrThrow({ where: { slug } });
      expect(article.status).toBe("PUBLISHED");
      expect(article.publishedAt).toEqual(article.scheduledFor);
      expect(article.version).toBe(2);
    }
  });

  it("leaves articles not yet due and drafts untouched", async () => {
    const future = await prisma.article.findUniqueOrThrow({ where: { slug: "sch-future" } });
    expect(future).toMatchObject({ status: "SCHEDULED", publishedAt: null, version: 1 });
    const draft = await prisma.article.findUniqueOrThrow({ where: { slug: "sch-draft" } });
    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("writes one audit entry per article, by no one (the system)", async () => {
    for (const slug of due) {
      const entries = await prisma.auditLog.findMany({
        where: { entityType: "article", entityId: String(ids[slug]) },
      });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorId: null,
        action: "article.publish-scheduled",
        before: { status: "SCHEDULED" },
        after: { status: "PUBLISHED" },
      });
    }
  });

  it("queues exactly one article.published event per article", async () => {
    const deliveries = await prisma.webhookDelivery.findMany({
      where: { webhook: { description: "sch-hook" } },
    });
    const slugs = deliveries.map((d) => (d.payload as { article: { slug: string } }).article.slug);
    expect(slugs.sort()).toEqual(due);
    const one = deliveries.find((d) => d.event === "article.published")!;
    const payload = one.payload as Record<string, unknown>;
    expect(payload).toMatchObject({ event: "article.published", id: one.id });
    const article = payload.article as Record<string, unknown>;
    expect(article.url).toBe(`https://news.example.com/news/${String(article.slug)}`);
    expect(article.title).toBe(`Title ${String(article.slug)}`);
    expect(article.publishedAt).toEqual(expect.any(String));
  });

  it("expired the pages' tags from the timer and purged the edge by them, with the secret", async () => {
    expect(edge.requests.length).toBeGreaterThanOrEqual(due.length);
    for (const request of edge.requests) {
      expect(request.method).toBe("PURGE");
      expect(request.headers["x-purge-token"]).toBe(SECRET);
    }
    const tagSets = edge.requests.map((r) => String(r.headers.xkey).split(" "));
    for (const slug of due) {
      // A refresh names the article's own page and the lists it joins (its neighbours' refreshes
      // may name its page too, as a neighbour link changed).
      const own = tagSets.filter(
        (tags) => tags.includes(`article:${slug}`) && tags.includes("home"),
      );
      expect(own.length).toBeGreaterThanOrEqual(1);
    }
    expect(tagSets.every((tags) => tags.includes("category:sch-cat"))).toBe(true);
    // One purge per published article: afterArticleChange ran exactly once for each.
    expect(edge.requests).toHaveLength(due.length);
  });

  it("finds nothing more to do on the next run", async () => {
    const again = await background.runAsBackgroundJob("test", () =>
      scheduler.publishDueArticles(now),
    );
    expect(again.filter((a) => a.slug.startsWith("sch-"))).toEqual([]);
  });

  it("publishes the future one once its time has come", async () => {
    const later = await background.runAsBackgroundJob("test", () =>
      scheduler.publishDueArticles(at(3600)),
    );
    expect(later.map((a) => a.slug).filter((s) => s.startsWith("sch-"))).toEqual(["sch-future"]);
    const future = await prisma.article.findUniqueOrThrow({ where: { slug: "sch-future" } });
    expect(future.publishedAt).toEqual(at(3600));
  });

  it("drains a backlog larger than one batch (e.g. after a long outage) in one call", async () => {
    const category = await prisma.category.findUniqueOrThrow({ where: { slug: "sch-cat" } });
    const slugs = Array.from({ length: 45 }, (_, i) => `sch-backlog-${String(i).padStart(2, "0")}`);
    await prisma.article.createMany({
      data: slugs.map((slug, i) => ({
        slug,
        title: slug,
        status: "SCHEDULED" as const,
        scheduledFor: at(-86_400 + i),
        categoryId: category.id,
      })),
    });
    const published = await background.runAsBackgroundJob("test", () =>
      scheduler.publishDueArticles(now),
    );
    expect(published.map((a) => a.slug).sort()).toEqual(slugs);
    expect(
      await prisma.article.count({ where: { slug: { in: slugs }, status: "PUBLISHED" } }),
    ).toBe(slugs.length);
  });
});
