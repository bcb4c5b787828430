// GET /api/health against a live database and an unreachable one.
import { afterEach, describe, expect, inject, it, vi } from "vitest";

const original = process.env.DATABASE_URL;

async function loadRoute(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  vi.resetModules();
  // src/lib/db.ts keeps one client per process outside production; start from none.
  delete (globalThis as { prisma?: unknown }).prisma;
  return import("@/app/api/health/route");
}

afterEach(async () => {
  const cached = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await cached?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = original;
});

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const { GET } = await loadRoute(inject("databaseUrl"));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 naming the database when it is down", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await loadRoute("postgresql://nobody:secret@127.0.0.1:1/none");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "down" });
    expect(log).toHaveBeenCalledWith("[health] database check failed:", expect.any(String));
    log.mockRestore();
  });
});
