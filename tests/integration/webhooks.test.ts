// Webhooks against real PostgreSQL and a real loopback HTTP receiver: signed deliveries that
// verify with the secret, retries with backoff until success, giving up after the last attempt,
// timeouts, the delivery log, article events from afterArticleChange (through the event bus,
// wired as at start-up), and the admin actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { form, idle } from "./action-helpers";
import { signIn, signOut } from "./stand-ins";
import { upsertAccounts } from "./test-accounts";
import { importWebhookModules, type WebhookModules } from "./webhook-modules";
import { startReceiver, type Receiver } from "../fixtures/webhook-receiver";

let prisma: PrismaClient;
let receiver: Receiver;
let { deliver, queue, rules, actions } = {} as WebhookModules;
let admin: { id: number; role: string };
const MARK = "wh-int";

const seconds = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

async function makeHook(url: string, events = ["article.published"], active = true) {
  return prisma.webhook.create({
    data: { url, secret: `whsec_${MARK}_${Math.random()}`, events, active, description: MARK },
  });
}

beforeAll(async () => {
  receiver = await startReceiver();
  process.env.WEBHOOK_TIMEOUT_MS = "800";
  // The receiver is on loopback; webhook-address-guard.test.ts covers the default (refused).
  process.env.WEBHOOK_ALLOW_PRIVATE = "true";
  process.env.SITE_URL = "https://news.example.com";
  prisma = useTestDatabase();
  ({ deliver, queue, rules, actions } = await importWebhookModules());
  ({ admin } = await upsertAccounts(prisma, "wh", { admin: "ADMIN" }, () => ({ name: "WH" })));
  // As the server does at start-up: webhooks hears of article changes through the event bus.
  (await import("@/features/wiring")).wireFeatures();
});

beforeEach(async () => {
  await prisma.webhook.deleteMany({});
  receiver.requests.length = 0;
  receiver.respond = () => 200;
  signIn(admin);
});

afterAll(async () => {
  await prisma.webhook.deleteMany({});
  await prisma.auditLog.deleteMany({ where: { actorId: admin.id } });
  await prisma.user.deleteMany({ where: { username: "wh-admin" } });
  await prisma.article.deleteMany({ where: { slug: { startsWith: "wh-" } } });
  await prisma.category.deleteMany({ where: { slug: "wh-cat" } });
  await prisma.$disconnect();
  await receiver.close();
});

const article = {
  id: 7,
  slug: "a-slug",
  title: "A title",
  url: "https://x/news/a",
  publishedAt: null,
};

describe("delivery", () => {
  it("POSTs the JSON payload signed with the webhook's secret", async () => {
    const hook = await makeHook(receiver.url);
    const [id] = await queue.queueEvent("article.published", article);
    const report = await deliver.deliverDueWebhooks(new Date());
    expect(report).toEqual([{ id, status: "SUCCEEDED", attempts: 1 }]);
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-coinmela-event"]).toBe("article.published");
    expect(request.headers["x-coinmela-delivery"]).toBe(id);
    const signature = request.headers["x-coinmela-signature"] as string;
    const nowSeconds = Math.floor(Date.now() / 1000);
    expect(rules.verifySignature(hook.secret, request.body, signature, nowSeconds)).toBe(true);
    expect(rules.verifySignature("whsec_wrong", request.body, signature, nowSeconds)).toBe(false);
    expect(JSON.parse(request.body)).toEqual({
      event: "article.published",
      id,
      occurredAt: expect.any(String),
      article,
    });
    const row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({
      status: "SUCCEEDED",
      attempts: 1,
      lastStatusCode: 200,
      lastErrorKind: null,
      nextAttemptAt: null,
    });
    expect(row.deliveredAt).toBeInstanceOf(Date);
    expect(row.responseMs).toEqual(expect.any(Number));
  });

  it("retries a failing receiver with backoff and ends succeeded after 500, 500, 200", async () => {
    await makeHook(receiver.url);
    const statuses = [500, 500, 200];
    receiver.respond = () => statuses.shift() ?? 200;
    const [id] = await queue.queueEvent("article.published", article);
    const t0 = new Date();
    expect((await deliver.deliverDueWebhooks(t0))[0]).toMatchObject({ status: "PENDING" });
    let row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ attempts: 1, lastStatusCode: 500, status: "PENDING" });
    // Only the status: the receiver's body ("nope") is an answer an admin must not get to read.
    expect(row.lastErrorKind).toBe("HTTP 500");
    expect(JSON.stringify(row)).not.toContain("nope");
    expect(row.nextAttemptAt).toEqual(seconds(t0, 30));
    // Not before its time:
    expect(await deliver.deliverDueWebhooks(seconds(t0, 29))).toEqual([]);
    await deliver.deliverDueWebhooks(seconds(t0, 30));
    row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ attempts: 2, status: "PENDING" });
    expect(row.nextAttemptAt).toEqual(seconds(t0, 90)); // doubled: 60 s after the second try
    await deliver.deliverDueWebhooks(seconds(t0, 90));
    row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 200 });
    expect(receiver.requests).toHaveLength(3);
    // The same delivery id on every attempt, so receivers can dedupe.
    expect(new Set(receiver.requests.map((r) => r.headers["x-coinmela-delivery"]))).toEqual(
      new Set([id]),
    );
  });

  it("gives up on a dead receiver after the last attempt", async () => {
    const dead = await startReceiver();
    const deadUrl = dead.url;
    await dead.close(); // nothing listens there any more
    await makeHook(deadUrl);
    const [id] = await queue.queueEvent("article.published", article);
    let t = new Date();
    for (let attempt = 1; attempt <= rules.MAX_ATTEMPTS; attempt++) {
      const [report] = await deliver.deliverDueWebhooks(t);
      expect(report).toMatchObject({ attempts: attempt });
      t = seconds(t, 3600);
    }
    const row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: rules.MAX_ATTEMPTS,
      lastStatusCode: null,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(row.lastErrorKind).toBe("connection failed");
    expect(await deliver.deliverDueWebhooks(seconds(t, 86_400))).toEqual([]);
  });

  it("counts a receiver slower than the timeout as a failure", async () => {
    await makeHook(receiver.url);
    receiver.respond = () => new Promise((resolve) => setTimeout(() => resolve(200), 2000));
    const [id] = await queue.queueEvent("article.published", article);
    await deliver.deliverDueWebhooks(new Date());
    const row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
    expect(row.lastErrorKind).toBe("timeout");
  });

  it("sends each due delivery once when two workers run at the same time", async () => {
    await makeHook(receiver.url);
    await makeHook(receiver.url);
    const ids = [
      ...(await queue.queueEvent("article.published", article)),
      ...(await queue.queueEvent("article.published", article)),
    ];
    const now = new Date();
    const reports = (
      await Promise.all([deliver.deliverDueWebhooks(now), deliver.deliverDueWebhooks(now)])
    ).flat();
    expect(reports.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(receiver.requests).toHaveLength(4);
  });

  it("queues only for active webhooks subscribed to the event; disabled ones' deliveries wait", async () => {
    const subscribed = await makeHook(receiver.url, ["article.published", "article.updated"]);
    await makeHook(receiver.url, ["article.unpublished"]);
    await makeHook(receiver.url, ["article.published"], false);
    expect(await queue.queueEvent("article.updated", article)).toHaveLength(1);
    const rows = await prisma.webhookDelivery.findMany({});
    expect(rows.map((r) => r.webhookId)).toEqual([subscribed.id]);
    await prisma.webhook.update({ where: { id: subscribed.id }, data: { active: false } });
    expect(await deliver.deliverDueWebhooks(new Date())).toEqual([]);
    await prisma.webhook.update({ where: { id: subscribed.id }, data: { active: true } });
    expect(await deliver.deliverDueWebhooks(new Date())).toHaveLength(1);
  });
});

describe("delivery log", () => {
  it("prunes finished deliveries after 30 days and keeps pending ones", async () => {
    await makeHook(receiver.url);
    const [old, pending] = [
      ...(await queue.queueEvent("article.published", article)),
      ...(await queue.queueEvent("article.published", article)),
    ];
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await prisma.webhookDelivery.update({
      where: { id: old! },
      data: { status: "SUCCEEDED", createdAt: longAgo },
    });
    await prisma.webhookDelivery.update({ where: { id: pending! }, data: { createdAt: longAgo } });
    expect(await deliver.pruneDeliveryLog()).toBe(1);
    expect((await prisma.webhookDelivery.findMany()).map((d) => d.id)).toEqual([pending]);
  });
});

describe("article events from afterArticleChange", () => {
  it("published, updated and unpublished (delete included), each queued once", async () => {
    await makeHook(receiver.url, ["article.published", "article.updated", "article.unpublished"]);
    const { afterArticleChange } = await import("@/features/articles/after-change");
    const { readArticleSnapshot } = await import("@/features/articles/after-change");
    const category = await prisma.category.create({ data: { slug: "wh-cat", name: "WH" } });
    const created = await prisma.article.create({
      data: { slug: "wh-story", title: "WH story", categoryId: category.id, kind: "GUIDE" },
    });
    const change = async (mutate: () => Promise<unknown>) => {
      const before = await readArticleSnapshot(created.id);
      await mutate();
      const after = await readArticleSnapshot(created.id);
      await afterArticleChange({ articleId: created.id, actorId: admin.id, before, after });
    };
    const publishedAt = new Date(Date.now() - 1000);
    await change(() =>
      prisma.article.update({
        where: { id: created.id },
        data: { status: "PUBLISHED", publishedAt },
      }),
    );
    await change(() =>
      prisma.article.update({ where: { id: created.id }, data: { title: "WH story, updated" } }),
    );
    await change(() => prisma.article.delete({ where: { id: created.id } }));
    const rows = await prisma.webhookDelivery.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.event)).toEqual([
      "article.published",
      "article.updated",
      "article.unpublished",
    ]);
    const payloads = rows.map((r) => r.payload as { article: Record<string, unknown> });
    expect(payloads[1]!.article).toEqual({
      id: created.id,
      slug: "wh-story",
      title: "WH story, updated",
      url: "https://news.example.com/learn/wh-story",
      publishedAt: publishedAt.toISOString(),
    });
    // Deleted: still described, from the snapshot taken before.
    expect(payloads[2]!.article).toMatchObject({ id: created.id, title: "WH story, updated" });
  });

  it("queues nothing for changes readers never saw", async () => {
    await makeHook(receiver.url, ["article.published", "article.updated", "article.unpublished"]);
    const { afterArticleChange } = await import("@/features/articles/after-change");
    const hidden = {
      slug: "wh-draft",
      kind: "NEWS" as const,
      categorySlug: "x",
      tagSlugs: [],
      authorUsernames: [],
      isPublic: false,
      neighbourSlugs: [],
      isPopular: false,
    };
    await afterArticleChange({ articleId: 1, actorId: null, before: hidden, after: hidden });
    expect(await prisma.webhookDelivery.count()).toBe(0);
  });
});

describe("admin actions", () => {
  it("adds a webhook with a generated secret shown once, audited without the secret", async () => {
    const result = await actions.createWebhookAction(
      idle,
      form({
        url: receiver.url,
        description: "CMS mirror",
        events: ["article.published", "article.unpublished"],
      }),
    );
    expect(result.status).toBe("ok");
    const secret = result.values?.secret ?? "";
    expect(secret).toMatch(/^whsec_/);
    const hook = await prisma.webhook.findFirstOrThrow({ where: { description: "CMS mirror" } });
    expect(hook).toMatchObject({
      url: receiver.url,
      active: true,
      secret,
      createdById: admin.id,
    });
    expect(hook.events.sort()).toEqual(["article.published", "article.unpublished"]);
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { action: "webhook.create", entityId: String(hook.id) },
    });
    expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it("refuses bad URLs and our own site, keeping what was typed", async () => {
    const cases: [string, RegExp][] = [
      ["", /Enter the URL/],
      ["not a url", /absolute URL/],
      ["ftp://example.org/x", /http/],
      ["javascript:alert(1)", /http/],
      ["https://user:pw@example.org/x", /user name/],
      ["https://news.example.com/api/revalidate", /this site itself/],
    ];
    for (const [url, message] of cases) {
      const result = await actions.createWebhookAction(
        idle,
        form({ url, description: "bad", events: ["article.published"] }),
      );
      expect(result.status, url).toBe("error");
      expect(result.fieldErrors?.url, url).toMatch(message);
      expect(result.values?.url).toBe(url);
    }
    const noEvents = await actions.createWebhookAction(idle, form({ url: receiver.url }));
    expect(noEvents.fieldErrors?.events).toMatch(/at least one/);
    const badEvent = await actions.createWebhookAction(
      idle,
      form({ url: receiver.url, events: ["user.deleted"] }),
    );
    expect(badEvent.fieldErrors?.events).toBeDefined();
    expect(await prisma.webhook.count()).toBe(0);
  });

  it("refuses editors and anonymous visitors, changing nothing", async () => {
    const hook = await makeHook(receiver.url);
    for (const user of [{ id: admin.id, role: "EDITOR" }, null]) {
      if (user) signIn(user);
      else signOut();
      const fd = form({ webhookId: String(hook.id), active: "false" });
      expect((await actions.setWebhookActiveAction(idle, fd)).status).toBe("error");
      expect((await actions.deleteWebhookAction(idle, fd)).status).toBe("error");
      expect((await actions.sendTestEventAction(idle, fd)).status).toBe("error");
      expect((await actions.revealSecretAction(idle, fd)).values?.secret).toBeUndefined();
    }
    expect(await prisma.webhook.findUnique({ where: { id: hook.id } })).toMatchObject({
      active: true,
    });
    expect(await prisma.webhookDelivery.count()).toBe(0);
  });

  it("disables, enables, sends a test event, redelivers and deletes, each audited", async () => {
    const hook = await makeHook(receiver.url);
    const id = String(hook.id);
    expect(
      (await actions.setWebhookActiveAction(idle, form({ webhookId: id, active: "false" }))).status,
    ).toBe("ok");
    expect((await prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } })).active).toBe(false);
    await actions.setWebhookActiveAction(idle, form({ webhookId: id, active: "true" }));

    expect((await actions.sendTestEventAction(idle, form({ webhookId: id }))).status).toBe("ok");
    const [report] = await deliver.deliverDueWebhooks(new Date());
    expect(report).toMatchObject({ status: "SUCCEEDED" });
    expect(receiver.requests[0]!.headers["x-coinmela-event"]).toBe("webhook.test");

    const redo = await actions.redeliverAction(idle, form({ deliveryId: report!.id }));
    expect(redo.status).toBe("ok");
    expect(
      await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: report!.id } }),
    ).toMatchObject({ status: "PENDING", attempts: 0 });
    await deliver.deliverDueWebhooks(new Date());
    expect(receiver.requests).toHaveLength(2);

    const revealed = await actions.revealSecretAction(idle, form({ webhookId: id }));
    expect(revealed.values?.secret).toBe(hook.secret);

    expect((await actions.deleteWebhookAction(idle, form({ webhookId: id }))).status).toBe("ok");
    expect(await prisma.webhook.count()).toBe(0);
    expect(await prisma.webhookDelivery.count()).toBe(0);

    const audited = await prisma.auditLog.findMany({
      where: { actorId: admin.id, entityId: { in: [id, report!.id] } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audited.map((a) => a.action)).toEqual([
      "webhook.disable",
      "webhook.enable",
      "webhook.test",
      "webhook.redeliver",
      "webhook.reveal-secret",
      "webhook.delete",
    ]);
    // A malformed id is a validation failure: a 422 with the message on its field.
    expect(
      (await actions.redeliverAction(idle, form({ deliveryId: "not-a-uuid" }))).fieldErrors,
    ).toEqual({ deliveryId: expect.stringMatching(/Unknown/) });
  });
});
