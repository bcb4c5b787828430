// The shared cache state against a real redis-server: two "instances" (two SharedCache objects,
// as two processes would have) see each other's tag expiries and entries; the edge gets a PURGE
// with exactly the site's tags; Redis going away never makes a read wait or an expiry fail, and
// what expired meanwhile reaches Redis once it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSharedCache, type SharedCache } from "@/lib/cache/shared-cache";
import { startRedisServer, type RedisServer } from "../../scripts/lib/redis-server";
import { startReceiver, type Receiver } from "../fixtures/webhook-receiver";

let redis: RedisServer;
let edge: Receiver;
let a: SharedCache;
let b: SharedCache;
const logsOfA: string[] = [];
const SECRET = "e".repeat(40);

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  redis = await startRedisServer({ dir: ".data/test-redis-shared-cache" });
  edge = await startReceiver();
  const common = { redisUrl: redis.url, buildId: "test-build", keyPrefix: `t${Date.now()}` };
  a = createSharedCache({
    ...common,
    edge: { urls: [edge.url], secret: SECRET, retryDelaysMs: [50] },
    log: (line) => logsOfA.push(line),
  });
  b = createSharedCache({ ...common, log: () => {} });
  await until(() => a.status() === "ok" && b.status() === "ok", "both connected");
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
  await edge?.close();
});

describe("shared cache state on one Redis", () => {
  it("an expiry on one instance is what the other reads next", async () => {
    const before = Date.now();
    expect((await b.tagTimes(["article:shared-x"])).get("article:shared-x")).toBeUndefined();
    await a.expireTags(["article:shared-x", "home"]);
    const seen = await b.tagTimes(["article:shared-x", "home", "article:untouched"]);
    expect(seen.get("article:shared-x")).toBeGreaterThanOrEqual(before);
    expect(seen.get("home")).toBeGreaterThanOrEqual(before);
    expect(seen.has("article:untouched")).toBe(false);
  });

  it("a later expiry is never overwritten by an earlier one", async () => {
    await a.expireTags(["tag:race"]);
    const first = (await b.tagTimes(["tag:race"])).get("tag:race")!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.expireTags(["tag:race"]);
    const second = (await a.tagTimes(["tag:race"])).get("tag:race")!;
    expect(second).toBeGreaterThan(first);
  });

  it("shares entries, Buffers and Maps included", async () => {
    const entry = {
      value: {
        kind: "APP_PAGE",
        html: "<p>hi</p>",
        rscData: Buffer.from("flight"),
        segmentData: new Map([["/_tree", Buffer.from("tree")]]),
        headers: { "x-next-cache-tags": "site,article:e" },
      },
      lastModified: 1234,
    };
    a.writeEntry("/news/e", entry);
    await until(async () => (await b.readEntry("/news/e")) !== null, "the entry in Redis");
    const read = (await b.readEntry("/news/e"))!;
    const value = read.value as typeof entry.value;
    expect(read.lastModified).toBe(1234);
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.rscData.toString()).toBe("flight");
    expect(value.segmentData.get("/_tree")!.toString()).toBe("tree");
  });

  it("purges the edge with the site's tags only, with the secret, once per change", async () => {
    edge.requests.length = 0;
    await a.expireTags(["article:purged", "_N_T_/news/purged", "comments:purged"]);
    expect(edge.requests).toHaveLength(1);
    const [purge] = edge.requests;
    expect(purge!.method).toBe("PURGE");
    expect(purge!.headers["x-purge-token"]).toBe(SECRET);
    expect(String(purge!.headers.xkey).split(" ").sort()).toEqual([
      "article:purged",
      "comments:purged",
    ]);
    // Next reports the same tags to its cache handler after the request: not purged twice.
    await a.expireTags(["article:purged"], "next");
    expect(edge.requests).toHaveLength(1);
  });

  it("an edge that refuses a purge does not fail the expiry; the purge is retried", async () => {
    edge.requests.length = 0;
    let refusals = 1;
    edge.respond = () => (refusals-- > 0 ? 503 : 200);
    await expect(a.expireTags(["article:retried"])).resolves.toBeUndefined();
    await until(() => edge.requests.length === 2, "the retry");
    expect(edge.requests.map((r) => r.headers.xkey)).toEqual([
      "article:retried",
      "article:retried",
    ]);
    expect(logsOfA.some((line) => line.includes("retrying in the background"))).toBe(true);
    edge.respond = () => 200;
  });

  it("an edge nobody answers on does not fail the expiry either", async () => {
    const logs: string[] = [];
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    const lonely = createSharedCache({
      edge: { urls: [url], secret: SECRET, retryDelaysMs: [] },
      log: (line) => logs.push(line),
    });
    await expect(lonely.expireTags(["article:nobody-home"])).resolves.toBeUndefined();
    expect((await lonely.tagTimes(["article:nobody-home"])).has("article:nobody-home")).toBe(true);
    expect(logs.some((line) => line.includes("ECONNREFUSED"))).toBe(true);
  });

  it("with Redis down, reads answer from memory at once and expiries are kept for later", async () => {
    await redis.stop();
    await until(() => a.status() === "down" && b.status() === "down", "both to notice");
    logsOfA.length = 0;
    const started = Date.now();
    await a.expireTags(["article:while-down"]);
    await a.expireTags(["article:while-down-2"]);
    expect((await a.tagTimes(["article:while-down"])).get("article:while-down")).toBeDefined();
    expect(await b.readEntry("/news/e")).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    // Logged once, not once per failure.
    expect(logsOfA.filter((line) => line.includes("Redis")).length).toBeLessThanOrEqual(1);

    const beforeRestart = Date.now();
    expect(b.validSince()).toBe(0);
    await redis.restart();
    await until(() => a.status() === "ok" && b.status() === "ok", "both to reconnect");
    // Redis restarted empty: what either cached before is no longer trusted.
    expect(a.validSince()).toBeGreaterThanOrEqual(beforeRestart);
    expect(b.validSince()).toBeGreaterThanOrEqual(beforeRestart);
    await until(
      async () => (await b.tagTimes(["article:while-down"])).has("article:while-down"),
      "the expiry made while Redis was down to reach it",
    );
  });
});
