// Starts the production build (next start) on a free port against a given database, for the
// end-to-end tests and the benchmarks, and waits until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { ExpectedError } from "./expected-error";
import { clearRuntimeCaches, expireAllCachedPages } from "./page-cache";
import { serverMallocArenaMax } from "./malloc-arenas";
import { productionServerArgs } from "./server-command";
import { findFreePort } from "./ports";

export interface AppServer {
  url: string;
  /** The Next.js server's process id (the bench samples its memory). */
  pid: number;
  stop(): Promise<void>;
}

export async function startAppServer(options: {
  databaseUrl: string;
  /** Default: a free one. */
  port?: number;
  env?: Record<string, string>;
  log?: (chunk: string) => void;
  /** Leave runtime cache files alone (a second instance started beside a running one). */
  keepRuntimeCaches?: boolean;
}): Promise<AppServer> {
  const port = options.port ?? (await findFreePort());
  const revalidateSecret = options.env?.REVALIDATE_SECRET ?? randomBytes(32).toString("hex");
  if (!options.keepRuntimeCaches) await clearRuntimeCaches();
  const child: ChildProcess = spawn(
    process.execPath,
    productionServerArgs({
      port,
      hostname: "127.0.0.1",
      // Test clients reuse idle connections; a longer keep-alive than their idle time avoids
      // the server closing a socket just as a request is sent on it (ECONNRESET).
      keepAliveTimeout: 65_000,
    }),
    {
      env: {
        ...process.env,
        ...options.env,
        REVALIDATE_SECRET: revalidateSecret,
        // Sessions need a secret; a throwaway server gets a throwaway one unless given one.
        NEXTAUTH_SECRET:
          options.env?.NEXTAUTH_SECRET ??
          process.env.NEXTAUTH_SECRET ??
          randomBytes(32).toString("hex"),
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        MALLOC_ARENA_MAX: serverMallocArenaMax({ ...process.env, ...options.env }),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const record = (chunk: Buffer) => {
    output.push(chunk.toString());
    options.log?.(chunk.toString());
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new ExpectedError(`next start exited with code ${child.exitCode}:\n${output.join("")}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new ExpectedError(`next start did not become healthy within 60 s:\n${output.join("")}`);
  }
  await expireAllCachedPages(url, revalidateSecret);

  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
