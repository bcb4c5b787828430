// GET /api/health against a live database and an unreachable one, and with the shared cache
// (a real redis-server) up and down.
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { startRedisServer } from "../../scripts/lib/redis-server";
import { logger } from "@/lib/logger";

const original = process.env.DATABASE_URL;

/** The route as a fresh process loads it; `GET()` asks it once, as a monitor would. */
async function loadRoute(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  vi.resetModules();
  // src/lib/db.ts keeps one client per process outside production; start from none.
  delete (globalThis as { prisma?: unknown }).prisma;
  const route = await import("@/app/api/health/route");
  const { NextRequest } = await import("next/server");
  return {
    GET: () =>
      route.GET(new NextRequest("http://localhost/api/health"), { params: Promise.resolve({}) }),
  };
}

afterEach(async () => {
  const cached = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await cached?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = original;
  delete process.env.REDIS_URL;
  const shared = Symbol.for("coinmela.sharedCache");
  const holder = globalThis as { [shared]?: { close(): Promise<void> } };
  await holder[shared]?.close();
  delete holder[shared];
});

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const { GET } = await loadRoute(inject("databaseUrl"));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", cache: "local" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 naming the database when it is down", async () => {
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    const { GET } = await loadRoute("postgresql://nobody:secret@127.0.0.1:1/none");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "down", cache: "local" });
    expect(log).toHaveBeenCalledWith(
      { error: expect.any(String) },
      "[health] database check failed",
    );
    log.mockRestore();
  });

  it("says the shared cache is down, still with 200, while Redis is unreachable", async () => {
    const redis = await startRedisServer({ dir: ".data/test-redis-health" });
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    try {
      process.env.REDIS_URL = redis.url;
      const { GET } = await loadRoute(inject("databaseUrl"));
      const health = async () => (await (await GET()).json()) as { cache: string };
      await vi.waitFor(async () => expect((await health()).cache).toBe("ok"), { timeout: 10_000 });
      await redis.stop();
      await vi.waitFor(async () => expect((await health()).cache).toBe("down"), {
        timeout: 10_000,
      });
      const response = await GET();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", db: "ok", cache: "down" });
    } finally {
      log.mockRestore();
      await redis.stop();
    }
  });
});
