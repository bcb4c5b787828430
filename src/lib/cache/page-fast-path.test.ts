// The page fast path in front of a stand-in for Next: a real HTTP server whose handler first asks
// the fast path and otherwise answers like Next would (tags, cache state, lifetime), counting
// what reached it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPageFastPath, type PageFastPath } from "./page-fast-path";
import { createSharedCache } from "./shared-cache";

let clock = Date.now();
const shared = createSharedCache({ log: () => {}, now: () => clock });
let server: http.Server;
let base = "";
let fastPath: PageFastPath;
const reachedNext: string[] = [];
let version = 1;

/** What "Next" answers for each path. */
function nextAnswer(path: string): { status: number; headers: Record<string, string> } {
  const page = {
    "content-type": "text/html; charset=utf-8",
    "x-nextjs-cache": "HIT",
    "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  };
  if (path === "/news/a") return { status: 200, headers: { ...page, xkey: "site article:a" } };
  if (path === "/news/b") return { status: 200, headers: { ...page, xkey: "site article:b" } };
  if (path === "/untagged") return { status: 200, headers: page };
  if (path === "/cookie")
    return { status: 200, headers: { ...page, xkey: "site", "set-cookie": "a=b" } };
  if (path === "/private")
    return {
      status: 200,
      headers: { ...page, xkey: "site", "cache-control": "private, no-store" },
    };
  if (path === "/stale")
    return { status: 200, headers: { ...page, xkey: "site", "x-nextjs-cache": "STALE" } };
  return { status: 404, headers: { ...page, xkey: "site", "cache-control": "no-store" } };
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    void fastPath.handle(request, response).then((answered) => {
      if (answered) return;
      // The fast path's own copy requests are not readers reaching Next.
      if (!request.headers["x-coinmela-fill"]) reachedNext.push(request.url ?? "");
      const { status, headers } = nextAnswer(request.url ?? "");
      response.writeHead(status, headers);
      response.end(`<h1>${request.url} v${version}</h1>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  fastPath = createPageFastPath({ port, sharedCache: () => shared, now: () => clock });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await shared.close();
});

beforeEach(() => {
  reachedNext.length = 0;
  clock += 120_000; // past every copy's lifetime: each test starts cold
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("x-nextjs-cache"),
  };
}

/** Waits until the fast path's copy of a page has arrived (copies are made in the background). */
async function copied(path: string) {
  for (let i = 0; i < 100; i++) {
    const before = reachedNext.length;
    const answer = await get(path);
    if (reachedNext.length === before) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} was never answered by the fast path`);
}

describe("the page fast path", () => {
  it("answers repeat requests from its copy, raw and gzipped, without reaching Next", async () => {
    expect((await get("/news/a")).body).toBe(`<h1>/news/a v${version}</h1>`);
    await copied("/news/a");
    reachedNext.length = 0;
    const raw = await get("/news/a");
    expect(raw).toMatchObject({ status: 200, cache: "HIT", body: `<h1>/news/a v${version}</h1>` });
    const zipped = await new Promise<Buffer>((resolve) =>
      http.get(`${base}/news/a`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        expect(response.headers["content-encoding"]).toBe("gzip");
        expect(response.headers.xkey).toBe("site article:a");
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(gunzipSync(zipped).toString()).toBe(`<h1>/news/a v${version}</h1>`);
    expect(reachedNext).toEqual([]);
  });

  it("lets go of a copy the moment one of its tags expires, and of no other", async () => {
    await get("/news/a");
    await get("/news/b");
    await copied("/news/a");
    await copied("/news/b");
    version++;
    clock += 1;
    await shared.expireTags(["article:a"]);
    reachedNext.length = 0;
    expect((await get("/news/a")).body).toBe(`<h1>/news/a v${version}</h1>`);
    expect(reachedNext).toEqual(["/news/a"]);
    expect((await get("/news/b")).body).toBe(`<h1>/news/b v${version - 1}</h1>`);
    expect(reachedNext).toEqual(["/news/a"]);
  });

  it("keeps a copy no longer than the page's shared lifetime", async () => {
    await get("/news/b");
    await copied("/news/b");
    clock += 61_000;
    reachedNext.length = 0;
    await get("/news/b");
    expect(reachedNext).toEqual(["/news/b"]);
  });

  it("never copies what is not a fresh, shared, tagged 200", async () => {
    for (const path of ["/untagged", "/cookie", "/private", "/stale", "/missing"]) {
      for (let i = 0; i < 3; i++) {
        await get(path);
        await new Promise((resolve) => setTimeout(resolve, 30));
        clock += 3000; // past the copy cooldown
      }
      expect(reachedNext.filter((url) => url === path).length, path).toBeGreaterThanOrEqual(3);
    }
  });

  it("passes the admin, the API, queries and client-side navigations straight to Next", async () => {
    await get("/news/a");
    await copied("/news/a");
    reachedNext.length = 0;
    await get("/news/a?page=2");
    await get("/news/a", { rsc: "1" });
    await get("/news/a", { "next-router-prefetch": "1" });
    await get("/admin");
    await get("/api/prices");
    expect(reachedNext).toEqual(["/news/a?page=2", "/news/a", "/news/a", "/admin", "/api/prices"]);
  });
});
