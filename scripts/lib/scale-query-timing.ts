// Child process of the scale benchmark: times the app's own query functions (the ones the category
// and search pages call) directly against the database, and EXPLAIN ANALYZEs every SQL statement
// they send. It runs under `--conditions=react-server` because those modules import
// "server-only", exactly as they do inside Next's server.
//
//   node --conditions=react-server --import tsx scripts/lib/scale-query-timing.ts <job.json> <result.json>
import { readFile, writeFile } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../src/generated/prisma/client";

export interface QueryTimingJob {
  databaseUrl: string;
  cases: {
    name: string;
    repeats: number;
    /** EXPLAIN the statements of the last call. */
    explain: boolean;
    call:
      | { fn: "publishedArticlePage"; categoryId: number; page: number }
      | { fn: "searchArticles"; query: string; page: number; pageSize: number };
  }[];
}

export interface StatementReport {
  sql: string;
  /** Duration Prisma reported for the statement in the last timed call. */
  prismaMs: number;
  /**
   * EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) of the same statement with the same parameters:
   * without per-node timing, whose clock reads cost much on a virtual machine, the execution
   * time stays close to the statement's real one.
   */
  executionMs: number;
  planningMs: number;
  plan: string;
}

export interface QueryTimingResult {
  name: string;
  /** Milliseconds of each call, in order; the first is the first call of the process. */
  runs: number[];
  /** What the last call returned, to show the query did its work. */
  total: number;
  rows: number;
  statements: StatementReport[];
}

interface Captured {
  query: string;
  params: string;
  duration: number;
}

async function main(jobFile: string, resultFile: string): Promise<void> {
  const job = JSON.parse(await readFile(jobFile, "utf8")) as QueryTimingJob;
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: job.databaseUrl }),
    log: [{ emit: "event", level: "query" }],
  });
  let captured: Captured[] = [];
  prisma.$on("query", (event) => {
    captured.push({ query: event.query, params: event.params, duration: event.duration });
  });
  // src/lib/db.ts reuses a client it finds on globalThis: the app's functions then run on this
  // one, which reports each statement it sends.
  (globalThis as { prisma?: PrismaClient }).prisma = prisma;
  process.env.DATABASE_URL = job.databaseUrl;
  const { publishedArticlePage } = await import("../../src/features/articles/queries");
  const { searchArticles } = await import("../../src/features/search/queries");
  const { PAGE_SIZE } = await import("../../src/features/articles/pagination");

  // Connect and set up Prisma before timing, so a "first" call measures its query, not start-up.
  await prisma.category.findFirst({ select: { id: true } });

  const explain = new pg.Client({ connectionString: job.databaseUrl });
  await explain.connect();
  const results: QueryTimingResult[] = [];
  try {
    for (const { name, repeats, explain: wanted, call } of job.cases) {
      const runs: number[] = [];
      let last = { total: 0, rows: 0 };
      for (let i = 0; i < repeats; i++) {
        captured = [];
        const started = performance.now();
        if (call.fn === "publishedArticlePage") {
          const page = await publishedArticlePage({
            page: call.page,
            pageSize: PAGE_SIZE,
            categoryId: call.categoryId,
          });
          last = { total: page.total, rows: page.articles.length };
        } else {
          const result = await searchArticles({
            query: call.query,
            page: call.page,
            pageSize: call.pageSize,
          });
          last = { total: result.total, rows: result.hits.length };
        }
        runs.push(performance.now() - started);
      }
      const statements: StatementReport[] = [];
      for (const statement of wanted ? captured : []) {
        const params = JSON.parse(statement.params) as unknown[];
        const { rows } = await explain.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${statement.query}`,
          params,
        );
        const lines = rows.map((row) => row["QUERY PLAN"]);
        const ms = (label: string) =>
          Number(lines.find((line) => line.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
        statements.push({
          sql: statement.query,
          prismaMs: statement.duration,
          executionMs: ms("Execution Time"),
          planningMs: ms("Planning Time"),
          plan: lines.join("\n"),
        });
      }
      results.push({ name, runs, ...last, statements });
    }
  } finally {
    await explain.end();
    await prisma.$disconnect();
  }
  await writeFile(resultFile, JSON.stringify(results));
}

const [jobFile, resultFile] = process.argv.slice(2);
if (!jobFile || !resultFile) {
  console.error("usage: scale-query-timing.ts <job.json> <result.json>");
  process.exit(2);
}
main(jobFile, resultFile).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
