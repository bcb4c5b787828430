// npm run bench — measures the production build (run `npm run build` first; this builds nothing).
// Load comes from wrk, a separate process (scripts/lib/wrk.ts): a load generator inside this
// Node process would compete with the servers for our two cores and measure itself.
//
// One run, one machine, so the ratios mean something even when the absolute numbers move with
// whatever else the machine is doing:
//   1. the reference: the article's exact HTML served by a minimal node:http server in its own
//      process (scripts/lib/static-page-server.mjs), raw and pre-gzipped;
//   2. the production shape (scripts/lib/stack.ts: Redis, two app instances, Varnish): the article
//      read through the edge, and at the origin (app-1 directly) the article, home, a category
//      and search;
//   3. GET /api/prices on its own instance whose prices come from the real CoinGecko client and a
//      local fake that counts upstream calls (single flight: at most one per refresh interval);
//   4. a purge check: an article's title changed and its pages expired the way an editor's save
//      does, then read through the edge at once, N times (`--purge-checks N`, default 20);
//   5. the article's first-load JavaScript, and Lighthouse through the edge (`--no-lighthouse`
//      skips it).
// `--soak-minutes N` runs only a soak: a mix of pages at app-1 for N minutes while both
// instances' memory is sampled. `--articles N` runs only the scale benchmark (scale-bench.ts).
// Everything printed, and wrk's own reports, are saved under bench-results/.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { tagsForArticleChange } from "../src/features/articles/refresh-rules";
import { readArticleSnapshot } from "../src/features/articles/snapshot-queries";
import { createPrismaClient } from "../src/lib/prisma-client";
import { startAppServer } from "./lib/app-server";
import { ExpectedError } from "./lib/expected-error";
import { residentMb } from "./lib/process-tree";
import { startFakeCoinGecko } from "./lib/fake-coingecko";
import { formatLighthouse, runLighthouse } from "./lib/lighthouse";
import { runMain } from "./lib/run-main";
import { runScaleBench, scaleBenchArgs } from "./lib/scale-bench";
import { startStack, type Stack } from "./lib/stack";
import { startStaticPageServer } from "./lib/static-page-server";
import { ensureSystemPackages } from "./lib/system-packages";
import { startTestDatabase, type TestDatabase } from "./lib/test-database";
import { rotatingPathsScript, runWrk, type WrkOptions, type WrkRun } from "./lib/wrk";

const ARTICLE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const CONNECTIONS = 50;
const THREADS = 2;
const GZIP = { "Accept-Encoding": "gzip" };
const RESULTS_DIR = "bench-results";

const argsSchema = z.object({
  lighthouse: z.boolean(),
  purgeChecks: z.coerce
    .number()
    .int("--purge-checks expects a whole number from 1 to 1000")
    .min(1, "--purge-checks expects a whole number from 1 to 1000")
    .max(1000, "--purge-checks expects a whole number from 1 to 1000"),
  soakMinutes: z.coerce
    .number()
    .int("--soak-minutes expects a whole number from 1 to 240")
    .min(1, "--soak-minutes expects a whole number from 1 to 240")
    .max(240, "--soak-minutes expects a whole number from 1 to 240")
    .optional(),
});
type Args = z.infer<typeof argsSchema>;

const USAGE =
  "Usage: npm run bench [-- --no-lighthouse] [--purge-checks N] | --soak-minutes N | --articles N";

function parseArgs(argv: string[]): Args {
  const raw: Record<string, unknown> = { lighthouse: true, purgeChecks: 20 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--no-lighthouse") raw.lighthouse = false;
    else if (flag === "--purge-checks") raw.purgeChecks = value();
    else if (flag === "--soak-minutes") raw.soakMinutes = value();
    else throw new ExpectedError(`Unknown argument ${argv[i]}. ${USAGE}`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new ExpectedError(parsed.error.issues[0]!.message);
  return parsed.data;
}

/** Everything printed, kept for the results file. */
const report: string[] = [];
const wrkReports: string[] = [];
const stackLog: string[] = [];
function print(line = ""): void {
  console.log(line);
  report.push(line);
}

interface Row {
  name: string;
  /** Content-Encoding of the answer wrk's requests get (checked with one request first). */
  encoding: string;
  run: WrkRun;
}

/** One request with wrk's headers: the status and encoding the load run will see. */
async function probe(url: string, headers: Record<string, string>) {
  // fetch asks for gzip by itself; say exactly what wrk will send.
  const response = await fetch(url, {
    headers: { "Accept-Encoding": headers["Accept-Encoding"] ?? "identity" },
  });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new ExpectedError(`${url} answered ${response.status}`);
  return {
    encoding: response.headers.get("content-encoding") ?? "none",
    cache: response.headers.get("x-cache"),
    bytes: body.byteLength,
  };
}

async function measure(
  name: string,
  url: string,
  options: Partial<WrkOptions> & { headers?: Record<string, string> } = {},
): Promise<Row> {
  const headers = options.headers ?? {};
  const { encoding } = await probe(url, headers);
  const base = { url, connections: CONNECTIONS, threads: THREADS, headers, ...options };
  // Warm-up: first renders, JIT, connection set-up and the caches are not what we measure.
  await runWrk({ ...base, seconds: WARMUP_SECONDS });
  const run = await runWrk({ ...base, seconds: SECONDS });
  wrkReports.push(`## ${name}\n$ ${run.command}\n${run.output}`);
  process.stdout.write(`  measured ${name}: ${Math.round(run.requestsPerSecond)} req/s\n`);
  return { name, encoding, run };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const errorsOf = (run: WrkRun) =>
  run.socketErrors.connect + run.socketErrors.read + run.socketErrors.write + run.errorResponses;

function printTable(rows: Row[]): void {
  const header = [
    "row".padEnd(44),
    "encoding".padEnd(8),
    "req/s".padStart(8),
    "p50 ms".padStart(8),
    "p99 ms".padStart(8),
    "errors".padStart(7),
    "timeouts".padStart(8),
  ].join(" ");
  print(header);
  print("-".repeat(header.length));
  for (const { name, encoding, run } of rows) {
    print(
      [
        name.padEnd(44),
        encoding.padEnd(8),
        Math.round(run.requestsPerSecond).toLocaleString("en-US").padStart(8),
        run.latencyMs.p50.toFixed(2).padStart(8),
        run.latencyMs.p99.toFixed(2).padStart(8),
        String(errorsOf(run)).padStart(7),
        String(run.socketErrors.timeout).padStart(8),
      ].join(" "),
    );
  }
}

const ratio = (a: Row, b: Row) =>
  `${(a.run.requestsPerSecond / b.run.requestsPerSecond).toFixed(3)} ` +
  `(${((a.run.requestsPerSecond / b.run.requestsPerSecond) * 100).toFixed(1)}%)`;

async function firstLoadJs(
  baseUrl: string,
  html: string,
): Promise<{ files: number; gzipBytes: number }> {
  // Module-capable browsers skip `noModule` scripts (Next's legacy polyfills): not counted.
  const sources = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1]!))
    .flatMap((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.[1] ?? []);
  let gzipBytes = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(sources).size, gzipBytes };
}

/**
 * The editor's change, read at the edge at once, `checks` times. Each change renames the article
 * in PostgreSQL and then expires exactly the tags an editor's save expires: the same snapshots
 * (snapshot-queries.ts) and rules (refresh-rules.ts) as refreshArticlePages, sent to the
 * instance's POST /api/revalidate, which runs the same expireCacheTags (Next's cache, Redis, the
 * edge's PURGE) before it answers. Staleness is the time from that answer to the end of the first
 * edge read that shows the new title. Meanwhile an unrelated article is read at the edge after
 * every change: it should stay a hit.
 */
async function purgeChecks(
  stack: Stack,
  databaseUrl: string,
  checks: number,
  secret: string,
): Promise<string[]> {
  const db = createPrismaClient(databaseUrl);
  const lines: string[] = [];
  try {
    // The edited article: the newest news article outside the most read. Renaming one of the
    // most read also expires `popular`, which every article page carries (its sidebar shows
    // their titles), so the whole edge would rightly be purged and "unrelated" would mean nothing.
    const candidates = await db.article.findMany({
      where: { status: "PUBLISHED", kind: "NEWS", publishedAt: { lte: new Date() } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true },
    });
    let edited: { id: number; slug: string; tags: string[] } | null = null;
    for (const candidate of candidates) {
      const snapshot = await readArticleSnapshot(db, candidate.id);
      if (snapshot && !snapshot.isPopular) {
        edited = { ...candidate, tags: tagsForArticleChange(snapshot, snapshot) };
        break;
      }
    }
    if (!edited) throw new ExpectedError("No published news article outside the most read.");
    // The unrelated page: the oldest news article whose page carries none of those tags (read
    // off the origin's xkey header, which the edge strips).
    let unrelatedPath: string | null = null;
    for (const candidate of [...candidates].reverse()) {
      const response = await fetch(`${stack.instances[0]!.url}/news/${candidate.slug}`);
      await response.arrayBuffer();
      const pageTags = (response.headers.get("xkey") ?? "").split(" ");
      if (response.ok && !pageTags.some((tag) => edited.tags.includes(tag))) {
        unrelatedPath = `/news/${candidate.slug}`;
        break;
      }
    }
    if (!unrelatedPath) throw new ExpectedError("No article page shares none of the edit's tags.");
    const articlePath = `/news/${edited.slug}`;
    const unrelatedUrl = stack.edgeUrl + unrelatedPath;
    const articleUrl = stack.edgeUrl + articlePath;
    await probe(unrelatedUrl, GZIP);
    await probe(articleUrl, GZIP);

    const staleness: number[] = [];
    let staleReads = 0;
    let unrelatedHits = 0;
    let neverSeen = 0;
    const run = randomBytes(3).toString("hex");
    for (let check = 1; check <= checks; check++) {
      const title = `Bench edit ${run} number ${check}`;
      const before = await readArticleSnapshot(db, edited.id);
      await db.article.update({ where: { id: edited.id }, data: { title } });
      const after = await readArticleSnapshot(db, edited.id);
      const tags = tagsForArticleChange(before, after);
      const response = await fetch(`${stack.instances[0]!.url}/api/revalidate`, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        body: JSON.stringify({ tags }),
      });
      if (!response.ok)
        throw new ExpectedError(
          `/api/revalidate answered ${response.status}: ${await response.text()}`,
        );
      const saved = performance.now();
      let seenAfter: number | null = null;
      while (performance.now() - saved < 30_000) {
        const read = await fetch(articleUrl, { headers: GZIP });
        const text = await read.text();
        if (read.ok && text.includes(`${title}<`)) {
          seenAfter = performance.now() - saved;
          break;
        }
        staleReads++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (seenAfter === null) neverSeen++;
      else staleness.push(seenAfter);
      const unrelatedRead = await fetch(unrelatedUrl, { headers: GZIP });
      await unrelatedRead.arrayBuffer();
      if (unrelatedRead.headers.get("x-cache") === "HIT") unrelatedHits++;
    }
    staleness.sort((a, b) => a - b);
    const median = staleness.length
      ? (staleness[Math.floor((staleness.length - 1) / 2)]! +
          staleness[Math.ceil((staleness.length - 1) / 2)]!) /
        2
      : NaN;
    lines.push(
      `\nPurge check: ${checks} title changes of ${articlePath} (saved in PostgreSQL, then its ` +
        `${edited.tags.length} tags expired through app-1's /api/revalidate), each read through ` +
        `the edge at once (gzip client):`,
    );
    lines.push(
      `  staleness (change answered → first edge read with the new title, that read included): ` +
        `median ${median.toFixed(1)} ms, worst ${(staleness.at(-1) ?? NaN).toFixed(1)} ms`,
    );
    lines.push(
      `  reads that still showed the old title: ${staleReads}; changes never seen within 30 s: ${neverSeen}`,
    );
    lines.push(
      `  unrelated article (${unrelatedPath}) read at the edge after each change: ` +
        `${unrelatedHits}/${checks} X-Cache HIT (hit ratio ${((unrelatedHits / checks) * 100).toFixed(0)}%)`,
    );
    return lines;
  } finally {
    await db.$disconnect();
  }
}

/** GET /api/prices on its own instance, prices from the real client and a counting fake. */
async function measurePrices(databaseUrl: string): Promise<{ row: Row; note: string }> {
  const refreshSeconds = Number(process.env.BENCH_PRICE_REFRESH_SECONDS ?? 5);
  const fake = await startFakeCoinGecko();
  const app = await startAppServer({
    databaseUrl,
    env: {
      PRICE_PROVIDER: "coingecko",
      COINGECKO_BASE_URL: fake.baseUrl,
      PRICE_REFRESH_SECONDS: String(refreshSeconds),
    },
  });
  try {
    await fetch(app.url + "/api/prices"); // warm: the first answer is in memory
    const before = fake.calls("/simple/price");
    const started = Date.now();
    const row = await measure("origin: /api/prices (own instance)", app.url + "/api/prices", {
      headers: GZIP,
    });
    const seconds = (Date.now() - started) / 1000;
    const calls = fake.calls("/simple/price") - before;
    return {
      row,
      note:
        `/api/prices upstream: ${calls} calls to the fake CoinGecko in ${seconds.toFixed(1)} s of load ` +
        `(warm-up included; refresh interval ${refreshSeconds} s: at most ${Math.ceil(seconds / refreshSeconds)} allowed)`,
    };
  } finally {
    await app.stop();
    await fake.close();
  }
}

async function soak(stack: Stack, minutes: number): Promise<void> {
  const paths = [ARTICLE, "/", "/category/bitcoin", "/api/prices"];
  const target = stack.instances[0]!;
  print(
    `Soak: wrk -t${THREADS} -c${CONNECTIONS} for ${minutes} min at ${target.name} (origin, gzip ` +
      `client), rotating ${paths.join(", ")}; RSS of each instance (process and children) every 30 s.`,
  );
  const samples: { at: number; mb: number[] }[] = [];
  const started = Date.now();
  const sample = async () =>
    samples.push({
      at: (Date.now() - started) / 1000,
      mb: await Promise.all(stack.instances.map((i) => residentMb(i.pid!))),
    });
  await sample();
  const load = runWrk({
    url: target.url,
    seconds: minutes * 60,
    connections: CONNECTIONS,
    threads: THREADS,
    script: rotatingPathsScript(paths, GZIP),
  });
  let done = false;
  void load.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    await Promise.race([load.catch(() => undefined), new Promise((r) => setTimeout(r, 30_000))]);
    if (!done) await sample();
  }
  await sample();
  const run = await load;
  wrkReports.push(`## soak\n$ ${run.command}\n${run.output}`);
  print();
  printTable([{ name: `soak mix at ${target.name}`, encoding: "gzip*", run }]);
  print("* gzip requested; /api/prices is small JSON\n");
  print(`minute  ${stack.instances.map((i) => `${i.name} max RSS MB`.padStart(18)).join("")}`);
  for (let minute = 0; minute <= minutes; minute++) {
    const inMinute = samples.filter((s) => s.at >= minute * 60 && s.at < (minute + 1) * 60);
    if (inMinute.length === 0) continue;
    print(
      `${String(minute).padStart(6)}  ${stack.instances
        .map((_, index) =>
          Math.max(...inMinute.map((s) => s.mb[index]!))
            .toFixed(0)
            .padStart(18),
        )
        .join("")}`,
    );
  }
  const max = Math.max(...samples.flatMap((s) => s.mb));
  print(
    `\nmax RSS ${max.toFixed(0)} MB over ${samples.length} samples: ` +
      `${max <= 600 ? "within" : "OVER"} the 600 MB line`,
  );
}

async function benchmark(stack: Stack, database: TestDatabase, args: Args, secret: string) {
  const origin = stack.instances[0]!;
  const articleResponse = await fetch(origin.url + ARTICLE, {
    headers: { "Accept-Encoding": "identity" },
  });
  if (!articleResponse.ok)
    throw new ExpectedError(`${ARTICLE} answered ${articleResponse.status} at ${origin.name}`);
  const html = Buffer.from(await articleResponse.arrayBuffer());
  const staticServer = await startStaticPageServer(html);
  const rows: Row[] = [];
  try {
    rows.push(await measure("static node:http, article bytes", staticServer.url));
    rows.push(
      await measure("static node:http, article bytes", staticServer.url, { headers: GZIP }),
    );
  } finally {
    await staticServer.stop();
  }
  rows.push(await measure("edge (Varnish): article", stack.edgeUrl + ARTICLE, { headers: GZIP }));
  const edgeCache = (await probe(stack.edgeUrl + ARTICLE, GZIP)).cache;
  rows.push(
    await measure(`origin (${origin.name}): article`, origin.url + ARTICLE, { headers: GZIP }),
  );
  rows.push(await measure(`origin (${origin.name}): article`, origin.url + ARTICLE));
  rows.push(await measure(`origin (${origin.name}): home /`, origin.url + "/", { headers: GZIP }));
  rows.push(
    await measure(`origin (${origin.name}): /category/bitcoin`, origin.url + "/category/bitcoin", {
      headers: GZIP,
    }),
  );
  rows.push(
    await measure(`origin (${origin.name}): /search?q=bitcoin`, origin.url + "/search?q=bitcoin", {
      headers: GZIP,
    }),
  );

  const purge = await purgeChecks(stack, database.url, args.purgeChecks, secret);

  const js = await firstLoadJs(stack.edgeUrl, html.toString());
  const lighthouse = args.lighthouse
    ? await runLighthouse(stack.edgeUrl + ARTICLE, {
        reportPath: `${RESULTS_DIR}/lighthouse-article.html`,
      })
    : null;

  return { rows, html, edgeCache, purge, js, lighthouse };
}

async function saveResults(startedAt: Date): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(
    RESULTS_DIR,
    `bench-${startedAt.toISOString().replace(/[:.]/g, "-").slice(0, 19)}.txt`,
  );
  await writeFile(
    file,
    [
      report.join("\n"),
      "\n\n# wrk reports\n",
      wrkReports.join("\n"),
      "\n# stack log\n",
      stackLog.join(""),
    ].join("\n"),
  );
  return file;
}

runMain(async () => {
  if (!existsSync(".next/BUILD_ID"))
    throw new ExpectedError("No production build: run `npm run build` first.");
  const scale = scaleBenchArgs(process.argv.slice(2));
  if (scale) return runScaleBench(scale);
  const args = parseArgs(process.argv.slice(2));
  ensureSystemPackages(["wrk", "varnish", "varnish-modules", "redis-server"]);

  const startedAt = new Date();
  const started = performance.now();
  const cpus = os.cpus();
  print(
    `npm run bench, ${startedAt.toISOString()}: ${cpus.length} cores (${cpus[0]?.model.trim()}), ` +
      `Node ${process.version}, load average ${loadAverage()}`,
  );
  if (args.soakMinutes === undefined)
    print(
      `wrk -t${THREADS} -c${CONNECTIONS}, ${WARMUP_SECONDS} s warm-up then ${SECONDS} s per row ` +
        `(BENCH_SECONDS); all rows in this one run.`,
    );

  // Known to us, so the purge check can call the instances' /api/revalidate.
  process.env.REVALIDATE_SECRET ??= randomBytes(32).toString("hex");
  const secret = process.env.REVALIDATE_SECRET;
  const database = await startTestDatabase({ seed: true });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-bench-"));
  await chmod(dataDir, 0o755); // Varnish's and PostgreSQL's own users read below it when we are root
  let stack: Stack | null = null;
  try {
    stack = await startStack({
      databaseUrl: database.url,
      dataDir,
      instances: 2,
      log: (line) => stackLog.push(line),
    });
    if (args.soakMinutes !== undefined) {
      await soak(stack, args.soakMinutes);
    } else {
      const result = await benchmark(stack, database, args, secret);
      await stack.stop();
      stack = null;
      const prices = await measurePrices(database.url);
      const rows = [...result.rows, prices.row];

      print(
        `\nStack: Redis, 2 app instances (next start, production build, shared cache in Redis), ` +
          `Varnish in front. "origin" rows read app-1 directly; /api/prices runs on its own ` +
          `instance (fake CoinGecko). errors = socket connect/read/write errors + 4xx/5xx ` +
          `answers; timeouts = requests over wrk's 10 s timeout (left out of p50/p99).\n`,
      );
      printTable(rows);
      const [staticRaw, staticGzip, edge, originGzip, originRaw] = rows as [
        Row,
        Row,
        Row,
        Row,
        Row,
      ];
      print(`\nedge article (after warm-up X-Cache: ${result.edgeCache ?? "none"}).`);
      print("Throughput ratios (like with like):");
      print(`  edge / static (gzip):             ${ratio(edge, staticGzip)}`);
      print(`  origin article / static (gzip):   ${ratio(originGzip, staticGzip)}`);
      print(`  origin article / static (raw):    ${ratio(originRaw, staticRaw)}`);
      print(`  edge / origin article (gzip):     ${ratio(edge, originGzip)}`);
      print(
        "  (the static reference is one single-threaded Node process, so one core at most; " +
          "Varnish serves from threads on both cores and can beat it)",
      );
      for (const line of result.purge) print(line);
      print(`\n${prices.note}`);
      print(
        `article HTML: ${(result.html.length / 1024).toFixed(1)} KB ` +
          `(${(gzipSync(result.html).length / 1024).toFixed(1)} KB gzipped)`,
      );
      print(
        `article first-load JavaScript: ${(result.js.gzipBytes / 1024).toFixed(1)} KB gzipped ` +
          `in ${result.js.files} files`,
      );
      if (result.lighthouse) {
        print(
          `\n${formatLighthouse("article through the edge", result.lighthouse, `${RESULTS_DIR}/lighthouse-article.html`).join("\n")}`,
        );
      }
    }
  } finally {
    await stack?.stop();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
    print(
      `\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
        `load average now ${loadAverage()}`,
    );
    // Saved on failure too: the stack's log is in the file.
    print(`saved to ${await saveResults(startedAt)}`);
  }
});
