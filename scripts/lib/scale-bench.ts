// npm run bench -- --articles N: the scale benchmark. Starts its own embedded PostgreSQL with the
// migrations and the demo seed, adds N generated articles (scale-articles.ts), then measures
//   1. the production server: a busy category's page 2 and searches, sequential requests, time
//      to the last byte on loopback (the category page is cached after its first request; search
//      is dynamic and renders every time);
//   2. the database work alone: the same query functions the pages call, run directly
//      (scale-query-timing.ts), with EXPLAIN ANALYZE of every statement they send.
// The machine's load average is printed with the results: on a shared machine it moves them.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startAppServer } from "./app-server";
import { ExpectedError } from "./expected-error";
import { fillGeneratedArticles } from "./scale-articles";
import type { QueryTimingJob, QueryTimingResult } from "./scale-query-timing";
import { startTestDatabase } from "./test-database";

const REQUESTS = 50;
/** Calls of each other search query when timing the database alone. */
const OTHER_QUERY_CALLS = 10;
/** The search page's page size (src/app/(site)/search/page.tsx). */
const SEARCH_PAGE_SIZE = 10;
/** A common query (about one article in seven matches) and a spread of others. */
const SEARCH_QUERY = "bitcoin etf";
const OTHER_QUERIES = [
  "ether staking",
  "stablecoin regulation",
  "solana liquidity",
  "federal reserve",
  "xrp ledger",
  "mining difficulty",
  "defi lending",
  "small caps",
  "coinbase earnings",
];

/** Reads `--articles N` (or `--articles=N`); null when the flag is absent. */
export function scaleBenchArgs(argv: string[]): { articles: number } | null {
  const index = argv.findIndex((arg) => arg === "--articles" || arg.startsWith("--articles="));
  if (index === -1) return null;
  const arg = argv[index]!;
  const raw = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  const articles = Number(raw);
  if (!raw || !Number.isInteger(articles) || articles < 1 || articles > 5_000_000) {
    throw new ExpectedError("--articles needs a whole number from 1 to 5,000,000.");
  }
  return { articles };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => value.toFixed(1).padStart(9);
const count = (value: number) => value.toLocaleString("en-US");

interface HttpResult {
  name: string;
  runs: number[];
  status: number;
  cacheHeaders: string;
}

/** Sequential GETs; each time is from sending the request to having read the whole body. */
async function timeRequests(
  baseUrl: string,
  name: string,
  paths: string[],
  expect: (html: string) => boolean,
): Promise<HttpResult> {
  const runs: number[] = [];
  let status = 0;
  let cacheHeaders = "";
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(baseUrl + paths[i % paths.length]!);
    const html = await response.text();
    runs.push(performance.now() - started);
    if (i === 0) {
      status = response.status;
      cacheHeaders = [
        `cache-control: ${response.headers.get("cache-control") ?? "-"}`,
        `x-nextjs-cache: ${response.headers.get("x-nextjs-cache") ?? "-"}`,
      ].join(", ");
    }
    if (!response.ok || !expect(html)) {
      const title = /<title>([^<]*)/.exec(html)?.[1] ?? "no title";
      throw new ExpectedError(
        `${name}: ${paths[i % paths.length]} answered ${response.status} without the expected ` +
          `content (request ${i + 1}, page title "${title}")`,
      );
    }
  }
  return { name, runs, status, cacheHeaders };
}

async function timeQueries(job: QueryTimingJob): Promise<QueryTimingResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-scale-"));
  try {
    const jobFile = path.join(dir, "job.json");
    const resultFile = path.join(dir, "result.json");
    await writeFile(jobFile, JSON.stringify(job));
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join(import.meta.dirname, "scale-query-timing.ts"),
        jobFile,
        resultFile,
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new ExpectedError(`The query timing process exited with code ${code}.`);
    return JSON.parse(await readFile(resultFile, "utf8")) as QueryTimingResult[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function firstLine(sql: string): string {
  return sql.replace(/\s+/g, " ").trim().slice(0, 110);
}

export async function runScaleBench(options: { articles: number }): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  console.log(`Starting a throwaway embedded PostgreSQL with the demo seed…`);
  const database = await startTestDatabase({ seed: true });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    let fill: Awaited<ReturnType<typeof fillGeneratedArticles>>;
    let stats: Record<string, number>;
    let settings: string;
    try {
      console.log(`Generating ${count(options.articles)} articles…`);
      fill = await fillGeneratedArticles(client, options.articles);
      const { rows } = await client.query<Record<string, number>>(
        `SELECT
           (SELECT count(*) FROM "Article")::int AS articles,
           (SELECT count(*) FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now())::int AS published,
           (SELECT count(*) FROM "Article" WHERE status = 'DRAFT')::int AS drafts,
           (SELECT count(*) FROM "Article" WHERE status = 'SCHEDULED')::int AS scheduled,
           (SELECT count(*) FROM "Article" WHERE status IN ('IN_REVIEW', 'ARCHIVED'))::int AS other,
           (SELECT count(*) FROM "ArticleAuthor")::int AS bylines,
           (SELECT count(*) FROM "ArticleTag")::int AS tags,
           (SELECT count(*) FROM "Article" WHERE "categoryId" = $1 AND kind = 'NEWS'
              AND status = 'PUBLISHED' AND "publishedAt" <= now())::int AS busiest,
           (SELECT count(*) FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now()
              AND search @@ websearch_to_tsquery('english', $2))::int AS matches,
           (pg_total_relation_size('"Article"') / 1048576)::int AS "articleMb"`,
        [fill.busiestCategory.id, SEARCH_QUERY],
      );
      stats = rows[0]!;
      const shown = await client.query<{ name: string; setting: string; unit: string | null }>(
        `SELECT name, setting, unit FROM pg_settings
         WHERE name IN ('shared_buffers', 'work_mem', 'server_version')`,
      );
      settings = shown.rows
        .map((row) =>
          row.unit === "8kB"
            ? `${row.name} ${(Number(row.setting) * 8) / 1024} MB`
            : `${row.name} ${row.setting}${row.unit ?? ""}`,
        )
        .join(", ");
    } finally {
      await client.end();
    }

    const category = fill.busiestCategory;
    console.log(`Starting the production server…`);
    const serverLog: string[] = [];
    const app = await startAppServer({
      databaseUrl: database.url,
      log: (chunk) => serverLog.push(chunk),
    });
    const http: HttpResult[] = [];
    try {
      const onPage2 = (html: string) => html.includes("page 2");
      // A result list with highlighted matches (React splits the "N results for" line).
      const searched = (html: string) => html.includes("<mark>");
      const q = (query: string) => `/search?${new URLSearchParams({ q: query })}`;
      http.push(
        await timeRequests(
          app.url,
          `/category/${category.slug}?page=2`,
          [`/category/${category.slug}?page=2`],
          onPage2,
        ),
      );
      http.push(await timeRequests(app.url, q(SEARCH_QUERY), [q(SEARCH_QUERY)], searched));
      http.push(
        await timeRequests(
          app.url,
          `/search, the ${OTHER_QUERIES.length} other queries in turn`,
          OTHER_QUERIES.map(q),
          searched,
        ),
      );
      // The same layout around a page that reads one row: what any request costs here.
      http.push(await timeRequests(app.url, "/about (for comparison)", ["/about"], () => true));
    } catch (error) {
      if (serverLog.length > 0) console.error(`Server output:\n${serverLog.join("")}`);
      throw error;
    } finally {
      await app.stop();
    }

    console.log(`Timing the queries directly…`);
    const search = (query: string, repeats: number) => ({
      name: `searchArticles("${query}")`,
      repeats,
      explain: query === SEARCH_QUERY,
      call: { fn: "searchArticles" as const, query, page: 1, pageSize: SEARCH_PAGE_SIZE },
    });
    const sql = await timeQueries({
      databaseUrl: database.url,
      cases: [
        {
          name: `publishedArticlePage(${category.slug}, page 2)`,
          repeats: REQUESTS,
          explain: true,
          call: { fn: "publishedArticlePage", categoryId: category.id, page: 2 },
        },
        search(SEARCH_QUERY, REQUESTS),
        ...OTHER_QUERIES.map((query) => search(query, OTHER_QUERY_CALLS)),
      ],
    });

    const row = (name: string, runs: number[], extra = "") =>
      `  ${name.padEnd(46)} ${ms(runs[0]!)} ${ms(percentile(runs, 50))} ${ms(percentile(runs, 95))}${extra}`;
    const explained = sql.filter((result) => result.statements.length > 0);
    console.log(`
Scale bench: ${count(options.articles)} generated articles (plus the demo seed)
  fill        ${count(fill.inserted)} articles, ${count(stats.bylines!)} bylines, ${count(stats.tags!)} article tags in ${(fill.fillMs / 1000).toFixed(1)} s; VACUUM ANALYZE ${(fill.analyzeMs / 1000).toFixed(1)} s
  rows        ${count(stats.articles!)} articles: ${count(stats.published!)} published, ${count(stats.drafts!)} drafts, ${count(stats.scheduled!)} scheduled, ${count(stats.other!)} in review or archived; "Article" ${count(stats.articleMb!)} MB with indexes and TOAST
              ${category.slug}: ${count(stats.busiest!)} published news articles; "${SEARCH_QUERY}" matches ${count(stats.matches!)} published articles
  machine     ${os.cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start and ${os.loadavg()[0]!.toFixed(1)} at the end; ${settings}

Server: next start, ${REQUESTS} sequential requests each, time to the last byte on loopback
  request                                         first ms  median ms    p95 ms
${http.map((result) => row(result.name, result.runs)).join("\n")}
  "first" is the first request of its kind after the server started (it loads the route's code
  and renders), and the first call of each function below. Archive pages are cached pages: after
  the first request they come from the page cache until their tags change, so "first" is what a
  change costs and the median what readers get. Search is dynamic: every request renders and
  queries again; only PostgreSQL's buffers stay warm.
${http.map((result) => `    ${result.name}: ${result.cacheHeaders}`).join("\n")}

Database: the app's query functions called directly (Prisma + pg, no Next)
  function                                        first ms  median ms    p95 ms  calls  total
${sql.map((result) => row(result.name, result.runs, `  ${String(result.runs.length).padStart(5)}  ${count(result.total)}`)).join("\n")}

Statements of the last call, EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) execution time:
${explained
  .map(
    (result) =>
      `  ${result.name}\n` +
      result.statements
        .map((statement) => `    ${ms(statement.executionMs)} ms  ${firstLine(statement.sql)}`)
        .join("\n"),
  )
  .join("\n")}

Plan of the slowest of those statements:
${explained
  .map((result) => {
    const slowest = [...result.statements].sort((a, b) => b.executionMs - a.executionMs)[0]!;
    return `  ${result.name}\n${slowest.plan.replace(/^/gm, "    ")}`;
  })
  .join("\n\n")}
`);
  } finally {
    await database.stop();
  }
}
