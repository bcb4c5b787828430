// npm run bench — measures the production build (run `npm run build` first; this builds nothing).
// Starts the built site on a free port against its own freshly seeded embedded PostgreSQL, then
// loads each page with autocannon at 50 connections, and in the same run the article's HTML
// served as a static file by a minimal Node server, so the ratio compares like with like.
// Also reports the article page's first-load JavaScript (gzipped), and its Lighthouse scores
// (skip them with `npm run bench -- --no-lighthouse`).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startAppServer } from "./lib/app-server";
import { ExpectedError } from "./lib/expected-error";
import { startFakeCoinGecko } from "./lib/fake-coingecko";
import { formatLighthouse, runLighthouse } from "./lib/lighthouse";
import { findFreePort } from "./lib/ports";
import { runMain } from "./lib/run-main";
import { runScaleBench, scaleBenchArgs } from "./lib/scale-bench";
import { startTestDatabase } from "./lib/test-database";

const ARTICLE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, url: string): Promise<Row> {
  // A short warm-up so first-request compilation and caches do not count.
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * GET /api/prices on its own server, whose prices come from the real CoinGecko client talking to
 * a local fake that counts its calls. Its refresh interval is short so that the run spans several
 * intervals (and leaves the pages above at their normal one): single flight shows as at most one
 * upstream call per interval.
 */
async function loadPrices(databaseUrl: string): Promise<void> {
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
    const started = Date.now();
    const before = fake.calls("/simple/price");
    const row = await load("/api/prices", app.url + "/api/prices");
    const calls = fake.calls("/simple/price") - before;
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\n/api/prices (fake CoinGecko upstream, ${CONNECTIONS} connections, warm cache): ` +
        `${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} errors, ` +
        `${row.non2xx} non-2xx; ${calls} upstream calls in ${seconds.toFixed(1)} s ` +
        `(refresh interval ${refreshSeconds} s: at most ${Math.ceil(seconds / refreshSeconds)} allowed)`,
    );
  } finally {
    await app.stop();
    await fake.close();
  }
}

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

runMain(async () => {
  if (!existsSync(".next/BUILD_ID"))
    throw new ExpectedError("No production build: run `npm run build` first.");
  // `--articles N` runs only the scale benchmark (scripts/lib/scale-bench.ts).
  const scale = scaleBenchArgs(process.argv.slice(2));
  if (scale) return runScaleBench(scale);
  const database = await startTestDatabase({ seed: true });
  const app = await startAppServer({ databaseUrl: database.url });
  const staticPort = await findFreePort();
  try {
    const html = await (await fetch(app.url + ARTICLE)).text();
    const staticServer = createServer((_request, response) => {
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": Buffer.byteLength(html),
      });
      response.end(html);
    });
    await new Promise<void>((resolve) => staticServer.listen(staticPort, "127.0.0.1", resolve));
    try {
      const rows: Row[] = [];
      rows.push(await load("static file (same article HTML)", `http://127.0.0.1:${staticPort}/`));
      rows.push(await load("article", app.url + ARTICLE));
      rows.push(await load("home", app.url + "/"));
      rows.push(await load("category", app.url + "/category/stocks"));
      rows.push(await load("search", app.url + "/search?q=bitcoin+etf"));

      console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, one machine, one run:\n`);
      console.log("page                              req/s    p50 ms   p99 ms   errors  non-2xx");
      for (const row of rows) {
        console.log(
          `${row.name.padEnd(32)} ${String(row.rps).padStart(7)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)} ${String(row.non2xx).padStart(8)}`,
        );
      }
      const [staticRow, articleRow] = rows;
      console.log(
        `\narticle / static throughput: ${((articleRow!.rps / staticRow!.rps) * 100).toFixed(1)}%`,
      );
      const js = await firstLoadJs(app.url, html);
      console.log(
        `article first-load JavaScript: ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped in ${js.files} files`,
      );
      console.log(
        `article HTML: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB (${(gzipSync(html).length / 1024).toFixed(1)} KB gzipped)`,
      );
    } finally {
      staticServer.close();
    }

    if (!process.argv.includes("--no-lighthouse")) {
      const reportPath = "bench-results/lighthouse-article.html";
      const lighthouse = await runLighthouse(app.url + ARTICLE, { reportPath });
      console.log(`\n${formatLighthouse("article", lighthouse, reportPath).join("\n")}`);
    }
  } catch (error) {
    await app.stop();
    await database.stop();
    throw error;
  }
  await app.stop();
  try {
    await loadPrices(database.url);
  } finally {
    await database.stop();
  }
});
