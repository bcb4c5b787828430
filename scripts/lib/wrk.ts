// Runs wrk (https://github.com/wg/wrk, Debian's `wrk` package) as its own process and reads its
// report. The load generator must not share the benchmark's process: a Node load generator on our
// two cores measured itself (autocannon: 745 req/s for a static file wrk serves at 28,500).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ExpectedError } from "./expected-error";

export interface WrkResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** From `--latency`. wrk leaves requests slower than its timeout out of these (they count as
   * timeouts instead), so read p99 together with `socketErrors.timeout`. */
  latencyMs: { p50: number; p75: number; p90: number; p99: number };
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  /** wrk's "Non-2xx or 3xx responses": answers with a status of 400 or more. */
  errorResponses: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "723.00us", "9.40ms", "1.02s" → milliseconds. */
export function parseWrkDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`not a wrk duration: ${JSON.stringify(text)}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

/** Reads the report wrk prints with `--latency`. Throws when a line it needs is missing. */
export function parseWrkOutput(output: string): WrkResult {
  const need = (pattern: RegExp, what: string): RegExpExecArray => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`wrk output has no ${what}:\n${output}`);
    return match;
  };
  const percentile = (p: number) =>
    parseWrkDuration(need(new RegExp(`^\\s*${p}%\\s+(\\S+)\\s*$`, "m"), `${p}% latency`)[1]!);
  const total = need(/^\s*(\d+) requests in ([\d.]+\w+),/m, "request count");
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const status = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requests: Number(total[1]),
    durationSeconds: parseWrkDuration(total[2]!) / 1000,
    requestsPerSecond: Number(need(/^Requests\/sec:\s+([\d.]+)/m, "Requests/sec")[1]),
    latencyMs: {
      p50: percentile(50),
      p75: percentile(75),
      p90: percentile(90),
      p99: percentile(99),
    },
    socketErrors: {
      connect: Number(socket?.[1] ?? 0),
      read: Number(socket?.[2] ?? 0),
      write: Number(socket?.[3] ?? 0),
      timeout: Number(socket?.[4] ?? 0),
    },
    errorResponses: Number(status?.[1] ?? 0),
  };
}

export interface WrkOptions {
  url: string;
  seconds: number;
  connections?: number;
  threads?: number;
  /** Extra request headers, e.g. { "Accept-Encoding": "gzip" }. */
  headers?: Record<string, string>;
  /** Lua source for `-s` (e.g. to rotate URLs); written to a temporary file. */
  script?: string;
  /** wrk's per-request timeout. Default 10 s rather than wrk's 2 s: wrk leaves slower requests
   * out of the latency distribution, and a loaded origin's p99 is what we want to see. */
  timeoutSeconds?: number;
}

export interface WrkRun extends WrkResult {
  /** The command line, for the saved results. */
  command: string;
  output: string;
}

export async function runWrk(options: WrkOptions): Promise<WrkRun> {
  const dir = options.script ? await mkdtemp(path.join(os.tmpdir(), "coinmela-wrk-")) : null;
  try {
    const args = [
      `-t${options.threads ?? 2}`,
      `-c${options.connections ?? 50}`,
      `-d${options.seconds}s`,
      `--timeout`,
      `${options.timeoutSeconds ?? 10}s`,
      "--latency",
    ];
    for (const [name, value] of Object.entries(options.headers ?? {}))
      args.push("-H", `${name}: ${value}`);
    if (dir && options.script) {
      const scriptPath = path.join(dir, "script.lua");
      await writeFile(scriptPath, options.script);
      args.push("-s", scriptPath);
    }
    args.push(options.url);
    const command = ["wrk", ...args.map((a) => (/[\s:]/.test(a) ? `'${a}'` : a))].join(" ");
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve, reject) => {
        const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
        child.on("error", reject);
        child.on("close", (exitCode) => resolve({ code: exitCode, output: text }));
      },
    );
    if (code !== 0) throw new ExpectedError(`${command} failed (exit ${code}):\n${output}`);
    return { ...parseWrkOutput(output), command, output };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** A wrk Lua script that sends GETs to `paths` in turn (each thread and connection rotates). */
export function rotatingPathsScript(paths: string[], headers: Record<string, string> = {}): string {
  const list = paths.map((p) => JSON.stringify(p)).join(", ");
  const headerLines = Object.entries(headers)
    .map(([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`)
    .join("\n");
  return `${headerLines}
local paths = { ${list} }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
`;
}
