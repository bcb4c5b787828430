// The production shape, for real: its own seeded PostgreSQL, Redis, two app instances from the
// production build and Varnish in front (scripts/lib/stack.ts). An editor works on instance A;
// the edge and instance B must show every change on the very next request, while unrelated
// pages stay cached at the edge. Then the parts fail one by one: Redis, an instance, the whole
// origin, and a purge from someone who may not.
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { Redis } from "ioredis";
import pg from "pg";
import { startStack, type Stack } from "../../scripts/lib/stack";
import { startTestDatabase, type TestDatabase } from "../../scripts/lib/test-database";
import { inlineScriptHashes } from "../../src/lib/security-headers";

test.describe.configure({ mode: "serial" });

const EDITS = Number(process.env.STACK_EDITS ?? 200);
const PASSWORD = "coinmela-demo-2026";
const run = Date.now().toString(36);

let database: TestDatabase;
let stack: Stack;
let dataDir: string;

async function sql<T = Record<string, unknown>>(query: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Forgets every rate-limit count: the stack counts in Redis (PostgreSQL only while it is down). */
async function clearRateLimits() {
  await sql(`DELETE FROM "RateLimit"`);
  const redis = new Redis(stack.redis.url);
  try {
    const keys = await redis.keys("coinmela:rate:*");
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

interface Read {
  status: number;
  text: string;
  cache: string | null;
  headers: Headers;
}

async function read(base: string, url: string): Promise<Read> {
  const response = await fetch(new URL(url, base), {
    headers: { "Accept-Encoding": "gzip" },
    redirect: "manual",
  });
  return {
    status: response.status,
    text: await response.text(),
    cache: response.headers.get("x-cache"),
    headers: response.headers,
  };
}

/** A PURGE sent from a chosen loopback address (127.0.0.x all reach the edge on 127.0.0.1). */
function purgeFrom(localAddress: string, tags: string, token: string): Promise<number> {
  const edge = new URL(stack.edgeUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: edge.hostname,
        port: edge.port,
        path: "/",
        method: "PURGE",
        localAddress,
        headers: { xkey: tags, "X-Purge-Token": token },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** A published news article's URL, read twice through the edge so that it is cached there. */
async function articleCachedAtEdge(where: string, order: string): Promise<string> {
  const [row] = await sql<{ slug: string }>(
    `SELECT a.slug FROM "Article" a JOIN "Category" c ON c.id = a."categoryId"
      WHERE a.status = 'PUBLISHED' AND a.kind = 'NEWS' AND ${where}
      ORDER BY a."publishedAt" ${order} LIMIT 1`,
  );
  const url = `/news/${row!.slug}`;
  await read(stack.edgeUrl, url);
  expect((await read(stack.edgeUrl, url)).cache).toBe("HIT");
  return url;
}

async function signIn(page: Page, base: string, username: string, returnTo: string) {
  await clearRateLimits();
  await page.goto(`${base}/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Username or Email Address").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0], { timeout: 30_000 });
  // next-auth sends the browser on to the public origin (the edge); work on this instance.
  await page.goto(`${base}${returnTo}`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-stack-"));
  database = await startTestDatabase({ seed: true });
  stack = await startStack({
    databaseUrl: database.url,
    dataDir,
    instances: 2,
    // Every URL on 127.0.0.1: the session cookie an instance sets is sent to the edge and to the
    // other instance too (cookies ignore ports), as on one public host.
    siteHost: "127.0.0.1",
    // Objects outlive their TTL only in grace: a short TTL lets the grace test see it at work.
    edgeMaxTtlSeconds: 5,
    // Both instances run the scheduler; a short interval lets the test see them race.
    env: { SCHEDULER_INTERVAL_SECONDS: "2" },
    log: process.env.STACK_LOG ? (line) => process.stdout.write(line) : () => {},
  });
});

test.afterAll(async () => {
  await stack?.stop();
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The `sha256-…` sources of a response's script-src, sorted. */
function policyHashes(headers: Headers): string[] {
  const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(headers.get("content-security-policy") ?? "");
  return (scriptSrc?.[1] ?? "")
    .split(" ")
    .filter((source) => source.startsWith("'sha256-"))
    .map((source) => source.slice(1, -1))
    .sort();
}

test("edits on instance A show at the edge and on instance B at once, every time", async ({
  page,
}) => {
  test.setTimeout(900_000);
  const [a, b] = stack.instances;
  // Nothing on it changes with the story below: another category, not its neighbour.
  const unrelatedUrl = await articleCachedAtEdge("c.slug <> 'bitcoin'", "ASC");

  await signIn(page, a!.url, "editor", "/admin/articles/new");
  const title = `Stack story ${run}`;
  const slug = `stack-story-${run}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await expect(page.getByRole("textbox", { name: "Slug", exact: true })).toHaveValue(slug);
  await page.getByLabel("Body (Markdown)").fill("Written on instance A, read everywhere.");
  await page.getByLabel("Category").selectOption({ label: "Bitcoin" });
  // The page is requested before it exists: the edge and B must not keep that 404.
  expect((await read(stack.edgeUrl, `/news/${slug}`)).status).toBe(404);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Published", { timeout: 30_000 });

  const articleUrl = `/news/${slug}`;
  for (const base of [stack.edgeUrl, b!.url]) {
    const live = await read(base, articleUrl);
    expect(live.status, `${base}${articleUrl}`).toBe(200);
    expect(live.text).toContain(title);
    expect((await read(base, "/category/bitcoin")).text).toContain(title);
  }

  let stale = 0;
  let unrelatedHits = 0;
  let unrelatedChecks = 0;
  for (let edit = 1; edit <= EDITS; edit++) {
    const renamed = `Stack story ${run} edit ${edit}`;
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(renamed);
    await page.getByRole("button", { name: "Update live article" }).click();
    await expect(page.getByText(`version ${edit + 1}`, { exact: false })).toBeVisible({
      timeout: 30_000,
    });
    for (const base of [stack.edgeUrl, b!.url]) {
      const seen = await read(base, articleUrl);
      if (seen.status !== 200 || !seen.text.includes(`${renamed}<`)) {
        stale++;
        console.error(`stale read ${stale}: ${base}${articleUrl} after edit ${edit}`);
      }
    }
    // An unrelated article stays a hit: no edit purges it. It is read after every edit, well
    // within the edge's healthy grace (10 s past its 5 s TTL here), so its TTL running out only
    // refreshes it in the background; read less often, it could expire on time alone.
    unrelatedChecks++;
    if ((await read(stack.edgeUrl, unrelatedUrl)).cache === "HIT") unrelatedHits++;
    if (edit % 10 === 0) {
      // The lists that show the article follow too.
      const list = await read(stack.edgeUrl, "/news");
      if (!list.text.includes(renamed)) stale++;
    }
  }
  expect(stale, "stale reads over the loop").toBe(0);
  expect(unrelatedHits, "the unrelated article stayed cached at the edge").toBe(unrelatedChecks);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Draft", { timeout: 30_000 });
  for (const base of [stack.edgeUrl, b!.url]) {
    expect((await read(base, articleUrl)).status, `${base} after unpublish`).toBe(404);
    expect((await read(base, "/news")).text).not.toContain(`Stack story ${run}`);
  }
});

test("a comment posted on instance A is on the article at the edge and on B next", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [a, b] = stack.instances;
  const url = await articleCachedAtEdge("true", "DESC");
  // The demo reader's comments are published at once once one was approved.
  await sql(
    `UPDATE "Comment" SET status = 'APPROVED' WHERE "authorId" = (SELECT id FROM "User" WHERE username = 'reader')`,
  );
  await signIn(page, a!.url, "reader", url);
  const text = `Comment through the stack ${run}`;
  // The form refuses posts filled faster than a person could (a bot check).
  await page.waitForTimeout(3500);
  await page.locator("#comments").getByLabel("Your comment").fill(text);
  await page.locator("#comments").getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment is published.")).toBeVisible({ timeout: 30_000 });
  for (const base of [stack.edgeUrl, b!.url]) {
    expect((await read(base, url)).text, base).toContain(text);
  }
});

/** next-auth's HTTP sign-in against one instance; returns the error it reports, or "ok". */
async function httpSignIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
    redirect: "manual",
  });
  const location = response.headers.get("location") ?? "";
  // JSON either way: 200 with the callback URL, 401 with the error page's URL.
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const target = new URL(body.url ?? location, base);
  return target.searchParams.get("error") ?? "ok";
}

test("a page from the edge carries the policy of its own body, and runs in Chromium", async ({
  page,
}) => {
  const url = await articleCachedAtEdge("c.slug = 'stocks'", "DESC");
  // A hit (gzip, as stored) and a client without gzip (the edge gunzips): header and body agree.
  for (const gzip of [true, false]) {
    const response = await fetch(new URL(url, stack.edgeUrl), {
      headers: gzip ? { "Accept-Encoding": "gzip" } : {},
    });
    const body = await response.text();
    expect(response.headers.get("x-cache")).toBe("HIT");
    expect(policyHashes(response.headers).length).toBeGreaterThan(1);
    expect(
      policyHashes(response.headers),
      `${response.status} ${response.headers.get("content-encoding")} ${body.slice(0, 300)}`,
    ).toEqual([...inlineScriptHashes(body)].sort());
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  }
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(new URL(url, stack.edgeUrl).href);
  expect(response?.headers()["x-cache"]).toBe("HIT");
  await page.getByRole("button", { name: "A+ Larger text" }).click();
  await expect(page.getByRole("button", { name: "A+ Larger text" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(violations).toEqual([]);
});

test("the instances share sign-in limits: failures on A and B count together", async () => {
  const [a, b] = stack.instances;
  await clearRateLimits();
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const instance = attempt % 2 === 0 ? a! : b!;
    outcomes.push(await httpSignIn(instance.url, "contributor", "not-the-password"));
  }
  expect(outcomes.slice(0, 5).every((outcome) => !outcome.startsWith("limited"))).toBe(true);
  expect(outcomes[5]).toMatch(/^limited/);
  await clearRateLimits();
  expect(await httpSignIn(b!.url, "contributor", PASSWORD)).toBe("ok");
});

test("a scheduled article goes live once, from either instance's timer, and the edge shows it", async () => {
  test.setTimeout(120_000);
  const slug = `stack-scheduled-${run}`;
  const [category] = await sql<{ id: number }>(`SELECT id FROM "Category" WHERE slug = 'bitcoin'`);
  const [article] = await sql<{ id: number }>(
    `INSERT INTO "Article" (slug, title, "bodySource", "bodyHtml", "bodyText", status,
                            "scheduledFor", "categoryId", "updatedAt")
     VALUES ($1, $2, 'Due now.', '<p>Due now.</p>', 'Due now.', 'SCHEDULED',
             now() + interval '3 seconds', $3, now())
     RETURNING id`,
    [slug, `Scheduled on the stack ${run}`, category!.id],
  );
  // Asked for before it is due: the edge keeps that 404 until the scheduler's expiry purges it.
  expect((await read(stack.edgeUrl, `/news/${slug}`)).status).toBe(404);
  await expect
    .poll(async () => (await read(stack.edgeUrl, `/news/${slug}`)).status, { timeout: 60_000 })
    .toBe(200);
  expect((await read(stack.edgeUrl, "/news")).text).toContain(`Scheduled on the stack ${run}`);
  // Both timers ran meanwhile; one of them published it.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const audits = await sql(
    `SELECT 1 FROM "AuditLog" WHERE action = 'article.publish-scheduled' AND "entityId" = $1`,
    [String(article!.id)],
  );
  expect(audits).toHaveLength(1);
});

test("a PURGE without the secret, or from an address not allowed, is refused", async () => {
  const [article] = await sql<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND kind = 'NEWS'
      ORDER BY "publishedAt" ASC LIMIT 1 OFFSET 1`,
  );
  const url = `/news/${article!.slug}`;
  const tag = `article:${article!.slug}`;
  await read(stack.edgeUrl, url);
  expect((await read(stack.edgeUrl, url)).cache).toBe("HIT");

  expect(await purgeFrom("127.0.0.1", tag, "")).toBe(403);
  expect(await purgeFrom("127.0.0.1", tag, "x".repeat(64))).toBe(403);
  // The right secret from another address: the edge allows only the instances' address.
  expect(await purgeFrom("127.0.0.3", tag, stack.purgeSecret)).toBe(403);
  expect((await read(stack.edgeUrl, url)).cache, "nothing was purged").toBe("HIT");

  expect(await purgeFrom("127.0.0.1", tag, stack.purgeSecret)).toBe(200);
  expect((await read(stack.edgeUrl, url)).cache).toBe("MISS");
});

test("with Redis stopped, pages are still served and health says the cache is down", async () => {
  test.setTimeout(120_000);
  const [a, b] = stack.instances;
  await stack.redis.stop();
  try {
    for (const instance of [a!, b!]) {
      await expect
        .poll(async () => (await (await fetch(`${instance.url}/api/health`)).json()).cache, {
          timeout: 20_000,
        })
        .toBe("down");
      const health = await fetch(`${instance.url}/api/health`);
      expect(health.status).toBe(200);
    }
    for (const url of ["/", "/news", "/category/bitcoin", "/search?q=bitcoin", "/api/prices"]) {
      for (const base of [stack.edgeUrl, a!.url, b!.url]) {
        expect((await read(base, url)).status, `${base}${url}`).toBe(200);
      }
    }
  } finally {
    await stack.redis.restart();
  }
  for (const instance of [a!, b!]) {
    await expect
      .poll(async () => (await (await fetch(`${instance.url}/api/health`)).json()).cache, {
        timeout: 20_000,
      })
      .toBe("ok");
  }
});

test("with one instance stopped, the edge keeps serving from the other", async () => {
  test.setTimeout(180_000);
  const [, b] = stack.instances;
  await b!.stop();
  try {
    // Pages the edge has not cached yet must come from the live instance, every one of them.
    const [articles] = [
      await sql<{ slug: string }>(
        `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND kind = 'NEWS' LIMIT 12`,
      ),
    ];
    const urls = [
      ...articles.map((row) => `/news/${row.slug}?from=one-instance`),
      "/search?q=ethereum",
      "/search?q=bitcoin",
      "/market",
      "/api/prices",
    ];
    for (const url of urls) expect((await read(stack.edgeUrl, url)).status, url).toBe(200);
  } finally {
    await b!.start();
  }
});

test("with the whole origin stopped, the edge serves its last good pages", async () => {
  test.setTimeout(180_000);
  const urls = ["/", "/news", "/category/ethereum"];
  for (const url of urls) {
    await read(stack.edgeUrl, url);
    expect((await read(stack.edgeUrl, url)).status).toBe(200);
  }
  const before = new Map<string, string>();
  for (const url of urls) before.set(url, (await read(stack.edgeUrl, url)).text);
  for (const instance of stack.instances) await instance.stop();
  try {
    // Past the objects' TTL (5 s in this stack), only grace can answer.
    await new Promise((resolve) => setTimeout(resolve, 7000));
    for (const url of urls) {
      const graced = await read(stack.edgeUrl, url);
      expect(graced.status, url).toBe(200);
      expect(graced.text).toBe(before.get(url));
      expect(Number(graced.headers.get("age") ?? 0)).toBeGreaterThanOrEqual(5);
    }
  } finally {
    for (const instance of stack.instances) await instance.start();
  }
});
