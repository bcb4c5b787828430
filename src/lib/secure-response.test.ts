// The security headers in front of a stand-in for Next: a real HTTP server that sets the headers,
// compresses like the production server and answers the way Next writes (streamed HTML through
// flushHeaders/write/flush/end, writeHead with headers, JSON, HEAD).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdHtmlForPolicy, setSecurityHeaders } from "./secure-response";
import { inlineScriptHashes, RESOURCE_POLICY, staticSecurityHeaders } from "./security-headers";

const page = (n: number) =>
  `<!DOCTYPE html><html><head><script>self.__next_f.push([${n}])</script></head><body>` +
  `${"<p>news</p>".repeat(2000)}<script>$RC("B:${n}")</script></body></html>`;

const compress = compression() as unknown as (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
) => void;

function answer(request: http.IncomingMessage, response: http.ServerResponse) {
  if (request.url === "/streamed") {
    response.statusCode = 200;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.flushHeaders();
    const html = page(1);
    response.write(html.slice(0, 100));
    (response as { flush?: () => void }).flush?.();
    response.write(Buffer.from(html.slice(100, 5000)));
    response.end(html.slice(5000));
  } else if (request.url === "/write-head") {
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "X-Extra": "yes" });
    response.end(page(2));
  } else if (request.url === "/proxied") {
    // What Next's proxy copies from a page fetched elsewhere: already gzipped, chunked.
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("content-encoding", "gzip");
    response.setHeader("transfer-encoding", "chunked");
    response.setHeader("content-security-policy", "script-src 'self' 'sha256-upstream='");
    response.end(gzipSync(page(4)));
  } else if (request.url === "/json") {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ ok: true, padding: "x".repeat(4000) }));
  } else {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(request.method === "HEAD" ? undefined : page(3));
  }
}

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((request, response) => {
    setSecurityHeaders(response, staticSecurityHeaders({ hsts: false }));
    compress(request, response, () => {
      holdHtmlForPolicy(request, response);
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw GET (fetch would decompress and hide what was sent). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .request(`${base}${path}`, { method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on("error", reject)
        .end();
    },
  );
}

const scriptSources = (policy: unknown) =>
  /script-src ([^;]*)/.exec(String(policy))?.[1]?.split(" ") ?? [];

describe("security headers on the production server's responses", () => {
  it("sends a streamed HTML page whole, with the hashes of its own inline scripts", async () => {
    const response = await get("/streamed");
    const body = response.body.toString();
    expect(body).toBe(page(1));
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    const hashes = inlineScriptHashes(body);
    expect(hashes).toHaveLength(2);
    expect(scriptSources(response.headers["content-security-policy"])).toEqual([
      "'self'",
      ...hashes.map((hash) => `'${hash}'`),
    ]);
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("compresses the held page after hashing it, for clients that accept gzip", async () => {
    const response = await get("/streamed", { "accept-encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    // Framed, so the connection stays open for the next request (a cache in front relies on it).
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    expect(response.headers.connection).toBe("keep-alive");
    const body = gunzipSync(response.body).toString();
    expect(body).toBe(page(1));
    expect(response.headers["content-security-policy"]).toContain(
      `'${inlineScriptHashes(body)[0]}'`,
    );
  });

  it("keeps the status and headers given to writeHead", async () => {
    const response = await get("/write-head");
    expect(response.status).toBe(404);
    expect(response.headers["x-extra"]).toBe("yes");
    expect(response.body.toString()).toBe(page(2));
    expect(scriptSources(response.headers["content-security-policy"])).toHaveLength(3);
  });

  it("passes a page that arrives already compressed untouched, with its own policy", async () => {
    const response = await get("/proxied", { "accept-encoding": "gzip" });
    expect(response.headers["content-length"]).toBeUndefined();
    expect(gunzipSync(response.body).toString()).toBe(page(4));
    expect(response.headers["content-security-policy"]).toBe(
      "script-src 'self' 'sha256-upstream='",
    );
  });

  it("passes other content untouched, with the resource policy", async () => {
    const response = await get("/json", { "accept-encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(response.body).toString())).toMatchObject({ ok: true });
    expect(response.headers["content-security-policy"]).toBe(RESOURCE_POLICY);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("answers HEAD for a page without holding anything", async () => {
    const response = await get("/page", {}, "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers["content-security-policy"]).toBe(RESOURCE_POLICY);
  });
});
