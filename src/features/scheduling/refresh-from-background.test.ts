import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/env", () => ({ env: { PORT: 3000, REVALIDATE_SECRET: undefined } }));

const { expireCacheTagsFromBackground } = await import("./refresh-from-background");

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers.length = 0;
  vi.restoreAllMocks();
});

function listen(port: number, handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

async function freePort(): Promise<number> {
  const port = await listen(0, () => {});
  await new Promise((resolve) => servers.pop()!.close(resolve));
  return port;
}

describe("expireCacheTagsFromBackground", () => {
  it("POSTs the tags with the secret to the server's revalidation route", async () => {
    const seen: { url?: string; auth?: string; body: string }[] = [];
    const port = await listen(0, (req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        seen.push({ url: req.url, auth: req.headers.authorization, body });
        res.end("{}");
      });
    });
    const ok = await expireCacheTagsFromBackground(["home", "article:x"], {
      origin: `http://127.0.0.1:${port}`,
      secret: "k".repeat(32),
    });
    expect(ok).toBe(true);
    expect(seen).toEqual([
      {
        url: "/api/revalidate",
        auth: `Bearer ${"k".repeat(32)}`,
        body: JSON.stringify({ tags: ["home", "article:x"] }),
      },
    ]);
  });

  it("waits for a server that is not listening yet (the start-up catch-up)", async () => {
    const port = await freePort();
    setTimeout(() => void listen(port, (_req, res) => res.end("{}")), 300);
    const ok = await expireCacheTagsFromBackground(["home"], {
      origin: `http://127.0.0.1:${port}`,
      secret: "k".repeat(32),
      delaysMs: [100, 100, 200, 400, 800],
    });
    expect(ok).toBe(true);
  });

  it("gives up after its retries, and does not retry a refusal", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const port = await freePort();
    expect(
      await expireCacheTagsFromBackground(["home"], {
        origin: `http://127.0.0.1:${port}`,
        secret: "k".repeat(32),
        delaysMs: [10, 10],
      }),
    ).toBe(false);
    let hits = 0;
    const refusing = await listen(0, (_req, res) => {
      hits++;
      res.statusCode = 401;
      res.end("Unauthorized");
    });
    expect(
      await expireCacheTagsFromBackground(["home"], {
        origin: `http://127.0.0.1:${refusing}`,
        secret: "wrong".repeat(8),
      }),
    ).toBe(false);
    expect(hits).toBe(1);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it("without a secret, warns once and does nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await expireCacheTagsFromBackground(["home"])).toBe(false);
    expect(await expireCacheTagsFromBackground(["home"])).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
