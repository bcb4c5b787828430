import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { migrate } from "../../scripts/lib/migrations";
import { findFreePort } from "../../scripts/lib/ports";
import { startReceiver } from "../fixtures/webhook-receiver";
import { signedWith } from "../fixtures/webhook-signature";
import { signInAs, sql } from "./fixtures";

// Scheduled publishing with nobody pressing anything: an article scheduled a few seconds ahead
// shows up on the cached public pages by itself, and one whose time passes while the server is
// down goes live as soon as the server is back, exactly once.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("a scheduled article appears on the home page, its category and the feed by itself", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const unique = randomBytes(4).toString("hex");
  const slug = `scheduled-e2e-${unique}`;
  const title = `Scheduled story ${unique} goes live on its own`;
  // A category no other spec looks at: publishing refreshes its pages (and home, news, feeds).
  const [category] = await sql<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Category" WHERE slug = 'nft'`,
  );
  const [author] = await sql<{ id: number }>(`SELECT id FROM "User" WHERE username = 'editor'`);
  // The pages are cached before the article exists, so only a refresh can make it appear.
  await page.goto("/");
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/category/${category!.slug}`);
  await expect(page.getByText(title)).toHaveCount(0);

  const [row] = await sql<{ id: number; scheduledFor: Date }>(
    `INSERT INTO "Article" (slug, title, dek, "bodySource", "bodyHtml", "bodyText", status,
       "scheduledFor", "categoryId", "updatedAt")
     VALUES ($1, $2, 'Published by the scheduler', 'Body', '<p>Body</p>', 'Body', 'SCHEDULED',
       now() + interval '4 seconds', $3, now())
     RETURNING id, "scheduledFor"`,
    [slug, title, category!.id],
  );
  await sql(`INSERT INTO "ArticleAuthor" ("articleId", "userId") VALUES ($1, $2)`, [
    row!.id,
    author!.id,
  ]);

  // Poll the public home page like a reader would; nothing else nudges the server.
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByText(title).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [2000] });

  await page.goto(`/category/${category!.slug}`);
  await expect(page.getByText(title).first()).toBeVisible();
  const feed = await request.get("/feed.xml");
  expect(await feed.text()).toContain(title);
  await page.goto(`/news/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const [published] = await sql<{ status: string; publishedAt: Date; scheduledFor: Date }>(
    `SELECT status, "publishedAt", "scheduledFor" FROM "Article" WHERE id = $1`,
    [row!.id],
  );
  expect(published!.status).toBe("PUBLISHED");
  expect(published!.publishedAt.getTime()).toBe(published!.scheduledFor.getTime());
  const audit = await sql(
    `SELECT "actorId" FROM "AuditLog" WHERE action = 'article.publish-scheduled' AND "entityId" = $1`,
    [String(row!.id)],
  );
  expect(audit).toEqual([{ actorId: null }]);

  // Leave the shared site as it was for other specs.
  await sql(`DELETE FROM "Article" WHERE id = $1`, [row!.id]);
  await request.post("/api/revalidate", {
    headers: { Authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
    data: { tags: ["home", "news", "feeds", "sitemaps", `category:${category!.slug}`] },
  });
});

test("the webhooks page loads for an admin and is refused to an editor", async ({ page }) => {
  await signInAs(page, "admin", "/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expect(page.getByLabel("Receiver URL")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "For receivers: verifying a delivery" }),
  ).toBeVisible();
  await signInAs(page, "editor", "/admin");
  const response = await page.goto("/admin/webhooks");
  expect(response?.status()).toBe(403);
});

// --- The restart test -------------------------------------------------------------------------
// A server of its own on a database of its own (the shared e2e server would publish the article
// while "ours" is down): schedule an article, stop the server, let its time pass, start the
// server again. With SCHEDULER_INTERVAL_SECONDS at an hour, only the start-up catch-up can
// publish it.

interface RunningServer {
  url: string;
  child: ChildProcess;
  output: string[];
}

async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await findFreePort();
  const require = createRequire(import.meta.url);
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [
      require.resolve("next/dist/bin/next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SITE_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
        REVALIDATE_SECRET: randomBytes(32).toString("hex"),
        SCHEDULER_INTERVAL_SECONDS: "3600",
        WEBHOOK_ALLOW_PRIVATE: "true", // its webhook receiver listens on loopback
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await expect(async () => {
    expect(child.exitCode, output.join("")).toBeNull();
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 60_000, intervals: [250] });
  return { url, child, output };
}

function stopServer(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}

test("an article that fell due while the server was down goes live at start-up, exactly once", async () => {
  test.setTimeout(180_000);
  const base = new URL(process.env.E2E_DATABASE_URL!);
  const name = `restart_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const scratch = new URL(base.href);
  scratch.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: scratch.href });
  await db.connect();
  const receiver = await startReceiver();
  let server: RunningServer | undefined;
  try {
    await migrate(db);
    const [category] = (
      await db.query(
        `INSERT INTO "Category" (slug, name, "updatedAt") VALUES ('markets', 'Markets', now()) RETURNING id`,
      )
    ).rows as { id: number }[];
    const secret = "whsec_restart_test";
    await db.query(
      `INSERT INTO "Webhook" (url, secret, events) VALUES ($1, $2, '{article.published}')`,
      [receiver.url, secret],
    );

    server = await startServer(scratch.href);
    const [article] = (
      await db.query(
        `INSERT INTO "Article" (slug, title, status, "scheduledFor", "categoryId", "updatedAt")
         VALUES ('restart-story', 'Restart story', 'SCHEDULED', now() + interval '3 seconds', $1, now())
         RETURNING id, "scheduledFor"`,
        [category!.id],
      )
    ).rows as { id: number; scheduledFor: Date }[];
    await stopServer(server);
    server = undefined;

    // Its time passes with no server running.
    await sleep(Math.max(0, article!.scheduledFor.getTime() - Date.now()) + 1500);
    const state = async () =>
      (await db.query(`SELECT status, "publishedAt" FROM "Article" WHERE id = $1`, [article!.id]))
        .rows[0] as { status: string; publishedAt: Date | null };
    expect((await state()).status).toBe("SCHEDULED");

    server = await startServer(scratch.href);
    const upAt = Date.now();
    await expect(async () => expect((await state()).status).toBe("PUBLISHED")).toPass({
      timeout: 15_000,
      intervals: [200],
    });
    expect(Date.now() - upAt).toBeLessThan(15_000); // the catch-up, not the hourly timer
    expect((await state()).publishedAt!.getTime()).toBe(article!.scheduledFor.getTime());

    // One webhook delivery, signed with the secret; give a duplicate time to show up.
    await expect(async () => expect(receiver.requests.length).toBeGreaterThan(0)).toPass({
      timeout: 15_000,
    });
    await sleep(3000);
    expect(receiver.requests).toHaveLength(1);
    const delivery = receiver.requests[0]!;
    expect(delivery.headers["x-coinmela-event"]).toBe("article.published");
    expect(signedWith(secret, delivery)).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({
      event: "article.published",
      article: { id: article!.id, slug: "restart-story", title: "Restart story" },
    });
    const audit = await db.query(
      `SELECT "actorId" FROM "AuditLog" WHERE action = 'article.publish-scheduled' AND "entityId" = $1`,
      [String(article!.id)],
    );
    expect(audit.rows).toEqual([{ actorId: null }]);
    const deliveries = await db.query(`SELECT status, attempts FROM "WebhookDelivery"`);
    expect(deliveries.rows).toEqual([{ status: "SUCCEEDED", attempts: 1 }]);
    // The server logs JSON lines (pino): the scheduler's line names the article it published.
    const messages = server.output
      .join("")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => (JSON.parse(line) as { msg?: string }).msg);
    expect(messages).toContain('[scheduler] published "restart-story"');
  } finally {
    if (server) await stopServer(server);
    await receiver.close();
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
