// Logs and metrics of the production server, observed from outside: its own seeded database, its
// own Redis (so it writes no cache entries into the build directory the suite's server uses) and
// the production server from the build (scripts/lib/app-server.ts) with METRICS_TOKEN, its stdout
// and stderr captured. A few requests — a page until it is served from the fast path, two 404s, a
// sign-in with a wrong password until the limit refuses, one with the right password — then:
// /metrics refuses without the token and reports them with it; every request left exactly one
// JSON access line; no password appears anywhere in what the server printed.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer, type AppServer } from "../../scripts/lib/app-server";
import { startRedisServer, type RedisServer } from "../../scripts/lib/redis-server";
import { startTestDatabase, type TestDatabase } from "../../scripts/lib/test-database";

test.describe.configure({ mode: "serial" });

const PASSWORD = "coinmela-demo-2026"; // the demo seed's password of every account
const WRONG_PASSWORD = `wrong-${Date.now().toString(36)}-horse-staple`;
const TOKEN = `metrics-${"0123456789abcdef".repeat(3)}`;
const run = Date.now().toString(36);

let database: TestDatabase;
let redis: RedisServer;
let server: AppServer;
let dataDir: string;
let output = "";
let sequence = 0;

/** A request with an id of our own, so that its access line can be found. */
async function request(url: string, init: RequestInit = {}) {
  const requestId = `obs-${run}-${++sequence}`;
  const headers = new Headers(init.headers);
  headers.set("X-Request-Id", requestId);
  const response = await fetch(new URL(url, server.url), { redirect: "manual", ...init, headers });
  const body = await response.text();
  return { requestId, response, body };
}

async function scrape(): Promise<string> {
  const response = await fetch(new URL("/metrics", server.url), {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series in Prometheus' text format (0 when absent). */
function valueOf(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function signIn(username: string, password: string): Promise<string> {
  const csrf = await request("/api/auth/csrf");
  const cookie = csrf.response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { csrfToken } = (await (
    await fetch(new URL("/api/auth/csrf", server.url), { headers: { Cookie: cookie } })
  ).json()) as { csrfToken: string };
  const { response, body } = await request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  // JSON either way: 200 with the callback URL, 401 with the error page's URL.
  const answer = JSON.parse(body || "{}") as { url?: string };
  const target = new URL(answer.url ?? response.headers.get("location") ?? "", server.url);
  return target.searchParams.get("error") ?? "ok";
}

interface AccessLine {
  msg: string;
  level: string;
  requestId: string;
  method: string;
  route: string;
  path: string;
  status: number;
  durationMs: number;
}

function lines(): string[] {
  return output.split("\n").filter((line) => line.trim() !== "");
}

function accessLines(requestId: string): AccessLine[] {
  return lines()
    .map((line) => JSON.parse(line) as AccessLine)
    .filter((line) => line.msg === "request" && line.requestId === requestId);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-observe-"));
  database = await startTestDatabase({ seed: true });
  redis = await startRedisServer({ dir: path.join(dataDir, "redis") });
  server = await startAppServer({
    databaseUrl: database.url,
    keepRuntimeCaches: true,
    env: {
      METRICS_TOKEN: TOKEN,
      REDIS_URL: redis.url,
      MEDIA_DIR: path.join(dataDir, "uploads"),
      MAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
    },
    log: (chunk) => (output += chunk),
  });
});

test.afterAll(async () => {
  await server?.stop();
  await redis?.stop();
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("requests leave one JSON access line each and show in /metrics; no password is printed", async () => {
  test.setTimeout(120_000);
  const made: { requestId: string; route: string; status: number; path: string }[] = [];
  const note = (requestId: string, route: string, status: number, path: string) =>
    made.push({ requestId, route, status, path });

  // A cached page, read until the server answers it from its fast path.
  const deadline = Date.now() + 30_000;
  let fastPathHits = 0;
  while (fastPathHits === 0 && Date.now() < deadline) {
    const page = await request("/news");
    expect(page.response.status).toBe(200);
    note(page.requestId, "/news", 200, "/news");
    fastPathHits = valueOf(
      await scrape(),
      'coinmela_cache_lookups_total{layer="fast_path",kind="page",result="hit"}',
    );
    if (fastPathHits === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(fastPathHits).toBeGreaterThan(0);

  const missing = await request(`/news/no-such-article-${run}`);
  expect(missing.response.status).toBe(404);
  note(missing.requestId, "/news/[slug]", 404, `/news/no-such-article-${run}`);
  const nowhere = await request(`/no/such/${run}/page`);
  expect(nowhere.response.status).toBe(404);
  note(nowhere.requestId, "(unmatched)", 404, `/no/such/${run}/page`);

  // Wrong passwords until the account's limit refuses (5 failures per 15 minutes), then the
  // right one: neither password may reach a log line.
  const failures: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    failures.push(await signIn("contributor", WRONG_PASSWORD));
  }
  expect(failures[0]).not.toBe("ok");
  expect(failures[5]).toMatch(/^limited/);

  // The caller's id comes back; an unsafe one is replaced.
  const ours = await request("/api/health");
  expect(ours.response.headers.get("x-request-id")).toBe(ours.requestId);
  const unsafe = await fetch(new URL("/api/health", server.url), {
    headers: { "X-Request-Id": "bad id\twith spaces" },
  });
  expect(unsafe.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

  // /metrics: 401 without or with a wrong token, never cached; with it, the requests above.
  for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, TOKEN]) {
    const refused = await fetch(new URL("/metrics", server.url), {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(refused.status, String(authorization)).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  }
  const answer = await fetch(new URL("/metrics", server.url), {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get("cache-control")).toBe("no-store");
  expect(answer.headers.get("content-type")).toContain("text/plain");
  const metrics = await answer.text();
  expect(
    valueOf(metrics, 'coinmela_http_requests_total{method="GET",route="/news",status="200"}'),
  ).toBeGreaterThanOrEqual(2);
  expect(
    valueOf(
      metrics,
      'coinmela_http_requests_total{method="GET",route="/news/[slug]",status="404"}',
    ),
  ).toBeGreaterThanOrEqual(1);
  expect(
    valueOf(
      metrics,
      'coinmela_http_requests_total{method="POST",route="/api/auth/[...nextauth]",status="200"}',
    ) +
      valueOf(
        metrics,
        'coinmela_http_requests_total{method="POST",route="/api/auth/[...nextauth]",status="401"}',
      ),
  ).toBeGreaterThanOrEqual(6);
  expect(metrics).toContain(
    'coinmela_http_request_duration_seconds_bucket{le="0.5",method="GET",route="/news",status="200"}',
  );
  expect(
    valueOf(metrics, 'coinmela_cache_lookups_total{layer="fast_path",kind="page",result="hit"}'),
  ).toBeGreaterThan(0);
  expect(metrics).toMatch(
    /coinmela_cache_lookups_total\{layer="next",kind="page",result="(hit|miss)"\} [1-9]/,
  );
  expect(metrics).toMatch(/coinmela_rate_limit_refusals_total\{policy="signIn\w+"\} [1-9]/);
  expect(metrics).toMatch(/coinmela_db_pool_connections\{pool="app"\} [1-9]/);
  expect(metrics).toMatch(/coinmela_db_pool_connections\{pool="proxy"\} [1-9]/);
  expect(metrics).toContain('coinmela_db_pool_idle_connections{pool="app"}');
  // This server counts rate limits in Redis: the PostgreSQL pool they fall back on is reported
  // even while it has no connection.
  expect(metrics).toMatch(/coinmela_db_pool_connections\{pool="rate_limits"\} \d+/);
  expect(metrics).toContain('coinmela_db_pool_waiting_clients{pool="app"} 0');
  expect(metrics).toMatch(/coinmela_scheduler_runs_total\{outcome="ok"\} [1-9]/);
  expect(metrics).toContain("process_resident_memory_bytes");
  // Route patterns, never raw URLs.
  expect(metrics).not.toContain(run);

  // The right password, last: the server's output is read after it.
  expect(await signIn("reader", PASSWORD)).toBe("ok");

  // Every line the server printed is one JSON object.
  await expect.poll(() => accessLines(`obs-${run}-${sequence}`).length).toBe(1);
  for (const line of lines()) expect(() => JSON.parse(line), line).not.toThrow();
  for (const { requestId, route, status, path: requestPath } of made) {
    // Next's proxy answers an unknown slug by rewriting to its 404 path, which Next sends back to
    // this server as a request of its own: that hop keeps the id, with its own path and line.
    const found = accessLines(requestId).filter((line) => line.path === requestPath);
    expect(found, requestId).toHaveLength(1);
    expect(found[0]).toMatchObject({
      level: "info",
      method: "GET",
      route,
      status,
      path: requestPath,
    });
    expect(typeof found[0]!.durationMs).toBe("number");
  }
  const signInLines = lines()
    .map((line) => JSON.parse(line) as AccessLine)
    .filter(
      (line) =>
        line.msg === "request" &&
        line.route === "/api/auth/[...nextauth]" &&
        line.method === "POST",
    );
  expect(signInLines.length).toBeGreaterThanOrEqual(7);

  expect(output).not.toContain(PASSWORD);
  expect(output).not.toContain(WRONG_PASSWORD);
  expect(output).not.toContain(TOKEN);
});
