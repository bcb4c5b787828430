// Starts static-page-server.mjs (a separate process) serving one page's bytes, raw and gzipped.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { ExpectedError } from "./expected-error";

export interface StaticPageServer {
  url: string;
  pid: number;
  rawBytes: number;
  gzipBytes: number;
  stop(): Promise<void>;
}

export async function startStaticPageServer(page: Buffer): Promise<StaticPageServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-static-"));
  const rawPath = path.join(dir, "page.html");
  const gzipPath = path.join(dir, "page.html.gz");
  const gzipped = gzipSync(page);
  await writeFile(rawPath, page);
  await writeFile(gzipPath, gzipped);
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("./static-page-server.mjs", import.meta.url)), rawPath, gzipPath],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\n")) resolve(Number(text.trim()));
    });
    child.once("exit", (code) =>
      reject(new ExpectedError(`static page server exited with code ${code}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid!,
    rawBytes: page.length,
    gzipBytes: gzipped.length,
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
