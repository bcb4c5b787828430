// startVarnish end to end: a real varnishd with coinmela.vcl in front of a small Node backend.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSiteVcl, startVarnish, VARNISHD_PATH, type EdgeCache } from "./varnish";

const dataDir = path.resolve(import.meta.dirname, "../../.data");

/** Live varnishd processes (manager and cache process) of the instance in `workDir`. */
function varnishdProcesses(workDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1];
      if (cmdline.startsWith(VARNISHD_PATH) && cmdline.includes(workDir) && state !== "Z")
        pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function eventually(check: () => boolean, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

describe("renderSiteVcl", () => {
  const valid = {
    backends: [{ host: "127.0.0.1", port: 3000 }],
    purgeSecret: "a".repeat(32),
  };

  it("renders backends, the director, the ACL and the secret", () => {
    const vcl = renderSiteVcl({
      ...valid,
      backends: [
        { host: "127.0.0.1", port: 3000 },
        { host: "app-2.internal", port: 3001 },
      ],
      purgeAllow: ["10.0.0.0/24", "::1"],
    });
    expect(vcl).toContain('.host = "app-2.internal";');
    expect(vcl).toContain("coinmela_app.add_backend(app2);");
    expect(vcl).toContain('"10.0.0.0"/24;');
    expect(vcl).toContain(`req.http.X-Purge-Token == "${"a".repeat(32)}"`);
    expect(vcl).toContain('"GET /api/health HTTP/1.1"');
  });

  it("allows only loopback to purge by default", () => {
    const vcl = renderSiteVcl(valid);
    expect(vcl).toMatch(/acl coinmela_purgers \{\s*"127\.0\.0\.1";\s*"::1";\s*\}/);
  });

  it.each([
    ["a host with a quote", { ...valid, backends: [{ host: 'evil"; }', port: 3000 }] }],
    ["a host with a space", { ...valid, backends: [{ host: "app 1", port: 3000 }] }],
    ["a port out of range", { ...valid, backends: [{ host: "127.0.0.1", port: 70000 }] }],
    ["no backend", { ...valid, backends: [] }],
    ["a short secret", { ...valid, purgeSecret: "short" }],
    ["a secret with a quote", { ...valid, purgeSecret: `${"a".repeat(32)}"` }],
    ["a secret with a newline", { ...valid, purgeSecret: `${"a".repeat(32)}\n` }],
    ["an ACL entry that is a name", { ...valid, purgeAllow: ["localhost"] }],
    ["an ACL prefix too long", { ...valid, purgeAllow: ["10.0.0.0/33"] }],
  ])("rejects %s", (_, options) => {
    expect(() => renderSiteVcl(options)).toThrow();
  });

  it("rejects malformed options before touching varnishd", async () => {
    await expect(
      startVarnish({ ...valid, purgeSecret: "too-short", workDir: path.join(dataDir, "unused") }),
    ).rejects.toThrow(/at least 32/);
  });
});

describe("startVarnish", () => {
  const workDir = path.join(dataDir, `test-varnish-${randomBytes(4).toString("hex")}`);
  const purgeSecret = randomBytes(32).toString("hex");
  const originHits = new Map<string, number>();
  let origin: http.Server;
  let edge: EdgeCache;

  beforeAll(async () => {
    origin = http.createServer((request, response) => {
      const url = request.url ?? "/";
      originHits.set(url, (originHits.get(url) ?? 0) + 1);
      if (url === "/api/health") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"status":"ok"}');
        return;
      }
      const tags = url === "/news/a" ? ["article:a", "category:bitcoin", "site"] : ["home", "site"];
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "s-maxage=300",
        xkey: tags.join(" "),
        "surrogate-key": tags.join(" "),
        "cache-tag": tags.join(","),
      });
      response.end(`<p>${url}</p>`);
    });
    await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
    const { port } = origin.address() as AddressInfo;
    edge = await startVarnish({
      backends: [{ host: "127.0.0.1", port }],
      purgeSecret,
      workDir,
      cacheSizeMb: 16,
    });
  }, 120_000);

  afterAll(async () => {
    await edge?.stop();
    await new Promise((resolve) => origin?.close(resolve));
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  const purge = (headers: Record<string, string>) =>
    fetch(`${edge.url}/`, { method: "PURGE", headers });

  it("serves through the cache and hides the tags", async () => {
    const first = await fetch(`${edge.url}/news/a`, { headers: { cookie: "session=x" } });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("<p>/news/a</p>");
    expect(first.headers.get("x-cache")).toBe("MISS");
    const second = await fetch(`${edge.url}/news/a`);
    expect(second.headers.get("x-cache")).toBe("HIT");
    for (const header of ["xkey", "surrogate-key", "cache-tag"])
      expect(second.headers.get(header)).toBeNull();
    await fetch(`${edge.url}/`);
    expect(originHits.get("/news/a")).toBe(1);
  });

  it("refuses a purge without the secret and keeps the object", async () => {
    expect((await purge({ xkey: "article:a" })).status).toBe(403);
    expect((await purge({ xkey: "article:a", "x-purge-token": "f".repeat(64) })).status).toBe(403);
    const page = await fetch(`${edge.url}/news/a`);
    expect(page.headers.get("x-cache")).toBe("HIT");
  });

  it("purges exactly the tagged objects with the secret", async () => {
    const response = await purge({ xkey: "article:a", "x-purge-token": purgeSecret });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-purged")).toBe("1");
    expect((await fetch(`${edge.url}/`)).headers.get("x-cache")).toBe("HIT");
    const page = await fetch(`${edge.url}/news/a`);
    expect(page.headers.get("x-cache")).toBe("MISS");
    expect(originHits.get("/news/a")).toBe(2);
  });

  it("leaves no varnishd behind once stopped", async () => {
    // The manager and its cache process.
    expect(varnishdProcesses(workDir).length).toBe(2);
    await edge.stop();
    await edge.stop(); // a second stop is harmless
    expect(await eventually(() => varnishdProcesses(workDir).length === 0)).toBe(true);
  });
});

describe("startVarnish when its parent dies", () => {
  const workDir = path.join(dataDir, `test-varnish-orphan-${randomBytes(4).toString("hex")}`);

  afterAll(async () => {
    for (const pid of varnishdProcesses(workDir)) process.kill(pid, "SIGKILL");
    await rm(workDir, { recursive: true, force: true });
  });

  it("stops varnishd when the process that started it is killed", async () => {
    // A separate Node process starts the edge (against a port nothing serves; the edge starts
    // anyway) and reports; then it is killed without a chance to clean up.
    const script = `
      import { startVarnish } from ${JSON.stringify(path.join(import.meta.dirname, "varnish.ts"))};
      const edge = await startVarnish({
        backends: [{ host: "127.0.0.1", port: 9 }],
        purgeSecret: ${JSON.stringify("s".repeat(40))},
        workDir: ${JSON.stringify(workDir)},
        cacheSizeMb: 16,
      });
      console.log("ready " + edge.url);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    parent.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const ready = await new Promise<boolean>((resolve) => {
      parent.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("ready ")) resolve(true);
      });
      parent.once("exit", () => resolve(false));
    });
    expect(ready, output).toBe(true);
    expect(varnishdProcesses(workDir).length).toBe(2);

    parent.kill("SIGKILL");
    expect(await eventually(() => varnishdProcesses(workDir).length === 0)).toBe(true);
  }, 120_000);
});
