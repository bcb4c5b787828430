// Lighthouse scores of one page, for `npm run bench`: Lighthouse's Node API with its default
// config, which is mobile (a phone-sized screen, 4× CPU slowdown, slow 4G). That throttling is
// simulated from the trace of one unthrottled load, so it needs no network beyond the local
// server and the mobile numbers mean the same offline as online.
//
// We start Debian's Chromium ourselves rather than through chrome-launcher, which leaves the
// browser running when it cannot connect to it: here Chromium gets its own process group, and
// that group is killed on every way out (done, error, time-out, Ctrl-C, process.exit).
//
// Lighthouse 13 wants Node 22.19+: its trace engine calls Iterator helpers (`map.values().find(…)`),
// which Node 20 lacks, and three audits then fail with "… is not a function". core-js adds just
// those where they are missing (no-op on Node 22); it must load before Lighthouse does.
import "core-js/es/iterator/index.js";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import lighthouse, { generateReport, type Result } from "lighthouse";
import { CHROMIUM_HEADLESS_ARGS, CHROMIUM_PATH } from "./chromium";
import { ExpectedError } from "./expected-error";

const CATEGORIES = {
  performance: "performance",
  accessibility: "accessibility",
  bestPractices: "best-practices",
  seo: "seo",
} as const;

type CategoryKey = keyof typeof CATEGORIES;

const CATEGORY_NAMES: Record<CategoryKey, string> = {
  performance: "performance",
  accessibility: "accessibility",
  bestPractices: "best practices",
  seo: "SEO",
};

export interface FailingAudit {
  id: string;
  title: string;
  /** Lighthouse's own summary, e.g. "3.1 s" or "2 elements". */
  displayValue?: string;
  /** A few of the items behind the failure: elements, URLs, timings. */
  items: string[];
}

export interface LighthouseScores {
  formFactor: "mobile" | "desktop";
  /** 0–100, as the report shows them. */
  scores: Record<CategoryKey, number>;
  /** The five lab metrics, as Lighthouse displays them (e.g. "LCP 2.1 s"). */
  metrics: string[];
  /** For each category scoring below `failBelow`, its audits that did not pass. */
  failing: Partial<Record<CategoryKey, FailingAudit[]>>;
  /** Audits that crashed instead of scoring, and Lighthouse's run warnings: never hidden. */
  problems: string[];
  /** Lighthouse's measure of the host's CPU speed (lab numbers drift with it). */
  benchmarkIndex: number;
  lhr: Result;
}

// Bounds that keep the worst case (server never settles, Chromium or a page hangs) at two
// minutes in all; a mobile run of the article takes about 20 s here.
const CHROMIUM_START_TIMEOUT_MS = 15_000;
const RUN_TIMEOUT_MS = 75_000;
const ITEMS_PER_AUDIT = 5;
const IDLE_TIMEOUT_MS = 30_000;

export async function runLighthouse(
  url: string,
  options: { failBelow?: number; reportPath?: string } = {},
): Promise<LighthouseScores> {
  const failBelow = options.failBelow ?? 95;
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ExpectedError(
      `Lighthouse needs Chromium, but ${CHROMIUM_PATH} does not exist. Install it (Debian/Ubuntu: ` +
        "apt-get install -y chromium), set CHROMIUM_PATH, or run the bench with --no-lighthouse.",
    );
  }
  await waitUntilServerIsIdle(url);
  const chromium = await startChromium();
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = lighthouse(url, {
      port: chromium.port,
      hostname: "127.0.0.1",
      logLevel: "error",
      output: "json",
      maxWaitForLoad: 30_000,
      maxWaitForFcp: 20_000,
    });
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(new ExpectedError(`Lighthouse did not finish within ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      );
    });
    run.catch(() => {}); // after a time-out, its rejection (Chromium gone) is expected noise
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new ExpectedError(
        `Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    }
    if (options.reportPath) {
      await mkdir(path.dirname(options.reportPath), { recursive: true });
      await writeFile(options.reportPath, generateReport(lhr, "html"));
    }
    return summarize(lhr, failBelow);
  } finally {
    clearTimeout(timer);
    await chromium.stop();
  }
}

/**
 * A load test leaves requests that its clients abandoned still rendering on the server, and a
 * page fetched meanwhile waits for them (8 s of "server response time" in Lighthouse after the
 * bench's load runs). Fetch the page one request at a time until two answers in a row take
 * about as long, i.e. the backlog is gone and we see the server's idle speed.
 */
async function waitUntilServerIsIdle(url: string): Promise<void> {
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  let previous = Infinity;
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(IDLE_TIMEOUT_MS) });
    await response.arrayBuffer();
    if (!response.ok) throw new ExpectedError(`${url} answered ${response.status}`);
    const took = performance.now() - started;
    if (Math.abs(took - previous) <= Math.max(50, 0.25 * previous)) return;
    previous = took;
  }
  throw new ExpectedError(
    `${url} did not settle to a steady response time within ${IDLE_TIMEOUT_MS / 1000} s`,
  );
}

/** The lines `npm run bench` prints. */
export function formatLighthouse(
  page: string,
  result: LighthouseScores,
  reportPath?: string,
): string[] {
  const { scores } = result;
  const lines = [
    `Lighthouse (${page}, ${result.formFactor}): ` +
      (Object.keys(CATEGORIES) as CategoryKey[])
        .map((key) => `${CATEGORY_NAMES[key]} ${scores[key]}`)
        .join(", "),
    `  lab metrics (simulated ${result.formFactor} throttling, host benchmarkIndex ` +
      `${Math.round(result.benchmarkIndex)}): ${result.metrics.join(", ")}`,
    ...result.problems.map((problem) => `  warning: ${problem}`),
  ];
  for (const [key, audits] of Object.entries(result.failing) as [CategoryKey, FailingAudit[]][]) {
    lines.push(`  ${CATEGORY_NAMES[key]} ${scores[key]}: audits not passing`);
    for (const audit of audits) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : "";
      lines.push(`    - ${audit.id}: ${audit.title}${value}`);
      for (const item of audit.items) lines.push(`        ${item}`);
    }
  }
  if (reportPath) lines.push(`  full report: ${reportPath}`);
  return lines;
}

function summarize(lhr: Result, failBelow: number): LighthouseScores {
  const scores = {} as Record<CategoryKey, number>;
  const failing: LighthouseScores["failing"] = {};
  for (const [key, id] of Object.entries(CATEGORIES) as [CategoryKey, string][]) {
    const category = lhr.categories[id];
    if (!category) throw new Error(`Lighthouse's result has no ${id} category`);
    const score = Math.round((category.score ?? 0) * 100);
    scores[key] = score;
    if (score >= failBelow) continue;
    failing[key] = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit): audit is Audit => audit !== undefined && isFailing(audit))
      .map((audit) => ({
        id: audit.id,
        title: audit.title,
        displayValue: audit.displayValue,
        items: describeItems(audit.details, lhr.finalDisplayedUrl),
      }));
  }
  const metrics = (
    [
      ["FCP", "first-contentful-paint"],
      ["LCP", "largest-contentful-paint"],
      ["TBT", "total-blocking-time"],
      ["CLS", "cumulative-layout-shift"],
      ["SI", "speed-index"],
    ] as const
  ).map(([label, id]) => `${label} ${lhr.audits[id]?.displayValue ?? "n/a"}`);
  const problems = [
    ...lhr.runWarnings.map(String),
    ...Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === "error")
      .map((audit) => `audit ${audit.id} could not run: ${audit.errorMessage ?? "no message"}`),
  ];
  return {
    formFactor: lhr.configSettings.formFactor,
    scores,
    metrics,
    failing,
    problems,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lhr,
  };
}

type Audit = Result["audits"][string];

/** Failing as the report counts it: a scored audit below 0.9 (informative ones never fail). */
function isFailing(audit: Audit): boolean {
  const scored = ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode);
  return scored && audit.score !== null && audit.score < 0.9;
}

type Details = NonNullable<Audit["details"]>;
type Table = Extract<Details, { type: "table" | "opportunity" }>;

type ListItem = Extract<Details, { type: "list" }>["items"][number];

function describeItems(details: Details | ListItem | undefined, pageUrl: string): string[] {
  if (!details) return [];
  switch (details.type) {
    case "table":
    case "opportunity":
      return describeTable(details, pageUrl);
    case "list":
      return details.items.flatMap((item) => describeItems(item, pageUrl));
    case "list-section":
      return describeItems(details.value, pageUrl);
    case "node":
      return [truncate(`element: ${formatValue(details, "node", pageUrl)}`, 240)];
    case "checklist":
      return Object.values(details.items)
        .filter((entry) => !entry.value)
        .map((entry) => `✗ ${entry.label}`);
    case "network-tree":
    case "criticalrequestchain":
      return [`longest chain: ${Math.round(details.longestChain.duration)} ms`];
    default:
      return [];
  }
}

function describeTable(table: Table, pageUrl: string): string[] {
  return table.items.slice(0, ITEMS_PER_AUDIT).map((item) => {
    const parts: string[] = [];
    for (const heading of table.headings) {
      if (!heading.key) continue;
      const text = formatValue(item[heading.key], heading.valueType, pageUrl);
      if (text) parts.push(heading.label ? `${heading.label}: ${text}` : text);
    }
    return truncate(parts.join(" | "), 240);
  });
}

function formatValue(value: unknown, valueType: string, pageUrl: string): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    switch (object.type) {
      case "node": {
        const label = [object.selector, object.snippet].filter(Boolean).join(" ");
        const explanation = typeof object.explanation === "string" ? object.explanation : "";
        return [label, explanation.replace(/\s+/g, " ")].filter(Boolean).join(" — ");
      }
      case "source-location":
        return `${shortUrl(String(object.url), pageUrl)}:${Number(object.line) + 1}`;
      case "url":
      case "code":
      case "text":
      case "link":
        return shortUrl(String(object.value ?? object.text ?? ""), pageUrl);
      case "numeric":
        return formatValue(object.value, String(object.granularity ?? "numeric"), pageUrl);
      default:
        return "";
    }
  }
  if (typeof value === "number") {
    if (valueType === "ms" || valueType === "timespanMs") return `${Math.round(value)} ms`;
    if (valueType === "bytes") return `${(value / 1024).toFixed(1)} KiB`;
    return String(Math.round(value * 1000) / 1000);
  }
  return valueType === "url" ? shortUrl(String(value), pageUrl) : String(value);
}

function shortUrl(url: string, pageUrl: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(pageUrl).origin ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

interface RunningChromium {
  port: number;
  stop(): Promise<void>;
}

async function startChromium(): Promise<RunningChromium> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "coinmela-lighthouse-"));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_HEADLESS_ARGS,
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    // Its own process group, so killing the group takes the renderers and helpers with it.
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );

  // The group, not just the browser: its renderers and helpers may outlive a crashed browser.
  const killGroup = () => {
    if (child.pid === undefined) return; // never started
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  // A signal or process.exit() while Lighthouse runs must not leave Chromium (or its profile)
  // behind; only synchronous work is possible there.
  const abandon = () => {
    killGroup();
    rmSync(profile, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    abandon();
    removeHandlers();
    process.kill(process.pid, signal);
  };
  const removeHandlers = () => {
    process.off("exit", abandon);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, onSignal);
  };
  process.on("exit", abandon);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  const stop = async () => {
    const running = child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    const exited = running
      ? new Promise<void>((resolve) => child.once("exit", () => resolve()))
      : Promise.resolve();
    killGroup();
    await exited;
    removeHandlers();
    await rm(profile, { recursive: true, force: true });
  };

  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = "";
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `Chromium did not open its debugging port within ` +
                `${CHROMIUM_START_TIMEOUT_MS / 1000} s:\n${stderr}`,
            ),
          ),
        CHROMIUM_START_TIMEOUT_MS,
      );
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${signal ?? code}) before it was ready:\n${stderr}`));
      });
      const onData = (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          // Keep draining stderr, unread, so Chromium never blocks on a full pipe.
          child.stderr?.off("data", onData).resume();
          resolve(Number(match[1]));
        }
      };
      child.stderr?.on("data", onData);
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
