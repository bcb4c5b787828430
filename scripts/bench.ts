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
import { startTestDatabase } from "./lib/test-database";

const ARTICLE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// Short enough that the /api/prices run spans several intervals, so single flight shows.
const PRICE_REFRESH_S = Number(process.env.BENCH_PRICE_REFRESH_SECONDS ?? 5);

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
  const database = await startTestDatabase({ seed: true });
  // Prices come from the real CoinGecko client talking to a local fake that counts its calls.
  const fakeCoinGecko = await startFakeCoinGecko();
  const app = await startAppServer({
    databaseUrl: database.url,
    env: {
      PRICE_PROVIDER: "coingecko",
      COINGECKO_BASE_URL: fakeCoinGecko.baseUrl,
      PRICE_REFRESH_SECONDS: String(PRICE_REFRESH_S),
    },
  });
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
      await fetch(app.url + "/api/prices"); // warm: the first answer is in memory
      const pricesStarted = Date.now();
      const callsBefore = fakeCoinGecko.calls("/simple/price");
      rows.push(await load("/api/prices", app.url + "/api/prices"));
      const upstreamCalls = fakeCoinGecko.calls("/simple/price") - callsBefore;
      const pricesSeconds = (Date.now() - pricesStarted) / 1000;

      console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, one machine, one run:\n`);
      console.log("page                              req/s    p50 ms   p99 ms   errors  non-2xx");
      for (const row of rows) {
        console.log(
          `${row.name.padEnd(32)} ${String(row.rps).padStart(7)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)} ${String(row.non2xx).padStart(8)}`,
        );
      }
      console.log(
        `\n/api/prices: ${upstreamCalls} upstream /simple/price calls seen by the fake CoinGecko ` +
          `in ${pricesSeconds.toFixed(1)} s of load (refresh interval ${PRICE_REFRESH_S} s: ` +
          `at most ${Math.ceil(pricesSeconds / PRICE_REFRESH_S)} allowed)`,
      );
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
  } finally {
    await app.stop();
    await fakeCoinGecko.close();
    await database.stop();
  }
});
