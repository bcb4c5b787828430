// Debian's redis-server as a child process on a free loopback port, with its files under a
// directory of ours: the shared cache of `npm run stack`, and of the tests that need a real one.
// Entries are evictable (they carry a TTL); the tag-expiry hash has none, so under memory pressure
// Redis drops cached pages, never the record of what expired.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { ExpectedError } from "./expected-error";
import { findFreePort } from "./ports";

export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

export interface RedisServer {
  url: string;
  port: number;
  /** Process id of the running server (null while stopped). */
  pid(): number | null;
  /** Stops the server (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
  /** Starts it again on the same port and directory (after stop). */
  restart(): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export async function startRedisServer(options: {
  dir: string;
  port?: number;
  maxMemoryMb?: number;
  log?: (line: string) => void;
}): Promise<RedisServer> {
  const port = options.port ?? (await findFreePort());
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  let child: ChildProcess | null = null;
  const output: string[] = [];

  const launch = async () => {
    child = spawn(
      REDIS_SERVER_PATH,
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        dir,
        "--save",
        "",
        "--appendonly",
        "no",
        "--maxmemory",
        `${options.maxMemoryMb ?? 256}mb`,
        "--maxmemory-policy",
        "volatile-lru",
        "--daemonize",
        "no",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const record = (chunk: Buffer) => {
      output.push(chunk.toString());
      options.log?.(chunk.toString());
    };
    child.stdout?.on("data", record);
    child.stderr?.on("data", record);
    const spawned = child;
    const failed = new Promise<never>((_, reject) =>
      spawned.once("error", (error) =>
        reject(
          new ExpectedError(
            `Could not start ${REDIS_SERVER_PATH} (${error.message}). Install Debian's redis-server package.`,
          ),
        ),
      ),
    );
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (spawned.exitCode !== null)
        throw new ExpectedError(`redis-server exited at start:\n${output.join("")}`);
      if (await Promise.race([answersPing(port), failed])) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    spawned.kill("SIGKILL");
    throw new ExpectedError(`redis-server did not answer within 15 s:\n${output.join("")}`);
  };

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
      const timer = setTimeout(() => running.kill("SIGKILL"), 5000);
      running.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      running.kill("SIGTERM");
    });

  // A parent that exits without stopping us must not leave the server behind.
  const onExit = () => {
    const running = child as ChildProcess | null;
    if (running && running.exitCode === null) running.kill("SIGKILL");
  };
  process.once("exit", onExit);

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => {
      const running = child as ChildProcess | null;
      return running && running.exitCode === null && running.signalCode === null
        ? (running.pid ?? null)
        : null;
    },
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
  };
}
