// npm run soak — the production shape under steady traffic while its parts are broken on a
// schedule, then a check that nothing the site acknowledged was lost. Run `npm run build` first.
//
// It starts a throwaway seeded PostgreSQL (embedded), a fake CoinGecko, and the stack of
// scripts/lib/stack.ts (Redis, two app instances from the production build, Varnish in front),
// then for `--minutes N` (default 10, at least 3) sends from this process, to the edge:
// anonymous readers over every sitemap URL, search and /api/prices; members signing in and
// posting comments; an editor in a real browser saving and publishing an article every 20 s
// (scripts/lib/soak-load.ts). Faults follow scripts/lib/soak-schedule.ts: PostgreSQL frozen
// (SIGSTOP) for 20 s, PostgreSQL restarted, CoinGecko rate-limiting then hanging, Redis stopped,
// one instance stopped. Every request's outcome and wait is recorded and each process's memory
// sampled; the tables go to the terminal and to .data/soak/. It exits 1 when a check of
// scripts/lib/soak-verdict.ts fails.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { DEMO_PASSWORD } from "../prisma/seed-demo";
import { hashPassword } from "../src/features/users/password";
import { ExpectedError } from "./lib/expected-error";
import { startFakeCoinGecko, type FakeCoinGecko } from "./lib/fake-coingecko";
import { processTree, residentMb } from "./lib/process-tree";
import { runMain } from "./lib/run-main";
import {
  type AcknowledgedArticle,
  type AcknowledgedComment,
  type Editor,
  type LoadContext,
  MEMBER_COMMENT_INTERVAL_MS,
  MEMBER_COUNT,
  READER_CONCURRENCY,
  READER_RATE,
  runEditor,
  runMember,
  runReaders,
  signInEditor,
  sitemapPaths,
  uncachedWarmUpPaths,
  warmUp,
} from "./lib/soak-load";
import {
  type AppliedFault,
  kindTable,
  markdownTable,
  minuteTable,
  phaseTable,
  type RequestRecord,
  type RssSample,
  summarize,
} from "./lib/soak-report";
import {
  faultSchedule,
  formatSchedule,
  MIN_SOAK_MINUTES,
  mmss,
  type ScheduledFault,
} from "./lib/soak-schedule";
import {
  cachedPageCheck,
  type Check,
  memoryCheck,
  uncachedCheck,
  waitCheck,
  type WriteAudit,
  writeCheck,
} from "./lib/soak-verdict";
import { startStack, type Stack } from "./lib/stack";
import { ensureSystemPackages } from "./lib/system-packages";
import { startTestDatabase, type TestDatabase } from "./lib/test-database";

const RESULTS_DIR = ".data/soak";
const RSS_SAMPLE_MS = 10_000;
/** Traffic before the clock, not recorded: a site in service never goes from no readers to full
 * load in an instant, and its pools and code are warm (a cold instance under load is what the
 * instance-stop fault measures). */
const RAMP_UP_MS = 20_000;
/** The instance the schedule stops and starts again (the other keeps serving). */
const STOPPED_INSTANCE = 1;

const USAGE = "Usage: npm run soak [-- --minutes N] [--stack]";
const argsSchema = z.object({
  minutes: z.coerce
    .number({ message: `--minutes expects a whole number from ${MIN_SOAK_MINUTES} to 240` })
    .int(`--minutes expects a whole number from ${MIN_SOAK_MINUTES} to 240`)
    .min(MIN_SOAK_MINUTES, `--minutes expects a whole number from ${MIN_SOAK_MINUTES} to 240`)
    .max(240, `--minutes expects a whole number from ${MIN_SOAK_MINUTES} to 240`),
});

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, unknown> = { minutes: 10 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    if (flag === "--minutes") raw.minutes = inline ?? argv[++i] ?? "";
    // The stack (edge, two instances, Redis) is the only topology, so --stack changes nothing.
    else if (flag !== "--stack") throw new ExpectedError(`Unknown argument ${argv[i]}. ${USAGE}`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new ExpectedError(parsed.error.issues[0]!.message);
  return parsed.data;
}

const output: string[] = [];
function print(line = ""): void {
  console.log(line);
  output.push(line);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes frozen right now: thawed on any exit, so a crash never leaves PostgreSQL stopped. */
const frozen = new Set<number>();
function signal(pids: Iterable<number>, name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // gone already
    }
  }
}
process.on("exit", () => signal(frozen, "SIGCONT"));

interface Parts {
  database: TestDatabase;
  stack: Stack;
  coingecko: FakeCoinGecko;
}

/** Applies one fault and notes when it really began and ended. */
async function applyFault(
  fault: ScheduledFault,
  parts: Parts,
  now: () => number,
): Promise<AppliedFault> {
  const startMs = now();
  const instance = parts.stack.instances[STOPPED_INSTANCE]!;
  switch (fault.kind) {
    case "pg-freeze": {
      const postmaster = parts.database.cluster.pid();
      if (postmaster === null) throw new Error("PostgreSQL is not running");
      const pids = await processTree(postmaster);
      for (const pid of pids) frozen.add(pid);
      signal(pids, "SIGSTOP");
      await sleep(fault.holdMs);
      signal(pids, "SIGCONT");
      frozen.clear();
      break;
    }
    case "pg-restart":
      await parts.database.cluster.restart();
      break;
    case "coingecko-429":
      parts.coingecko.setMode({ kind: "rate-limited", retryAfterSeconds: 30 });
      await sleep(fault.holdMs);
      parts.coingecko.setMode({ kind: "ok" });
      break;
    case "coingecko-hang":
      parts.coingecko.setMode({ kind: "hang" });
      await sleep(fault.holdMs);
      parts.coingecko.setMode({ kind: "ok" });
      break;
    case "redis-stop":
      await parts.stack.redis.stop();
      await sleep(fault.holdMs);
      await parts.stack.redis.restart();
      break;
    case "instance-stop":
      await instance.stop();
      await sleep(fault.holdMs);
      await instance.start();
      break;
  }
  return { kind: fault.kind, startMs, endMs: now() };
}

async function sampleMemory(parts: Parts, atMs: number): Promise<RssSample> {
  const pids: Record<string, number | null> = {
    ...Object.fromEntries(parts.stack.instances.map((i) => [i.name, i.pid])),
    varnish: parts.stack.edge.pid,
    redis: parts.stack.redis.pid(),
    postgres: parts.database.cluster.pid(),
  };
  const mb: Record<string, number | null> = {};
  // A process that is gone (stopping, between a stop and a start) has no memory to report.
  for (const [name, pid] of Object.entries(pids))
    mb[name] = pid === null || !existsSync(`/proc/${pid}`) ? null : await residentMb(pid);
  return { atMs, mb };
}

/** Creates the member accounts directly in the database, with argon2id hashes as the seed does. */
async function createMembers(databaseUrl: string, runId: string) {
  const password = `soak-${randomBytes(9).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const members = [];
    for (let i = 1; i <= MEMBER_COUNT; i++) {
      const username = `soak-${runId}-${i}`;
      await client.query(
        `INSERT INTO "User" (username, email, name, "passwordHash", role, "updatedAt")
         VALUES ($1, $2, $3, $4, 'READER', now())`,
        [username, `${username}@example.com`, `Soak member ${i}`, passwordHash],
      );
      members.push({
        username,
        password,
        // Spread over one interval, so comments arrive steadily rather than in bursts.
        startDelayMs: Math.round(((i - 1) * MEMBER_COMMENT_INTERVAL_MS) / MEMBER_COUNT / 4),
      });
    }
    return members;
  } finally {
    await client.end();
  }
}

/** Which acknowledged writes the database does not hold afterwards. */
async function auditWrites(
  databaseUrl: string,
  comments: AcknowledgedComment[],
  articles: AcknowledgedArticle[],
): Promise<WriteAudit> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query<{ id: number; body: string }>(
      `SELECT id, body FROM "Comment" WHERE id = ANY($1::int[])`,
      [comments.map((c) => c.id)],
    );
    const bodies = new Map(found.rows.map((row) => [row.id, row.body]));
    const rows = await client.query<{ id: number; title: string; status: string }>(
      `SELECT id, title, status FROM "Article" WHERE id = ANY($1::int[])`,
      [articles.map((a) => a.id)],
    );
    const stored = new Map(rows.rows.map((row) => [row.id, row]));
    const saves = articles.filter((a) => !a.published);
    const publishes = articles.filter((a) => a.published);
    return {
      comments: {
        acknowledged: comments.length,
        missing: comments.filter((c) => bodies.get(c.id) !== c.body).map((c) => c.id),
      },
      saves: {
        acknowledged: saves.length,
        missing: saves.filter((a) => stored.get(a.id)?.title !== a.title).map((a) => a.id),
      },
      publishes: {
        acknowledged: publishes.length,
        missing: publishes.filter((a) => stored.get(a.id)?.status !== "PUBLISHED").map((a) => a.id),
      },
    };
  } finally {
    await client.end();
  }
}

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(".next/BUILD_ID"))
    throw new ExpectedError("No production build found: run `npm run build` first.");
  ensureSystemPackages(["varnish", "varnish-modules", "redis-server"]);
  const durationMs = args.minutes * 60_000;
  const schedule = faultSchedule(durationMs, `app-${STOPPED_INSTANCE + 1}`);
  const runId = randomBytes(3).toString("hex");
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  await mkdir(RESULTS_DIR, { recursive: true });
  const stackLog: string[] = [];
  // Reset when the load starts: log lines carry the time since then.
  let loadStart = performance.now();
  const log = (line: string) => {
    const text = `${mmss(performance.now() - loadStart)} ${line}`;
    stackLog.push(text);
    console.log(text);
  };

  print(
    `Soak ${runId}: ${args.minutes} min against the stack (Varnish → 2 instances → PostgreSQL + Redis).`,
  );
  print(
    `Load: readers ${READER_RATE} req/s (${READER_CONCURRENCY} in flight at most) over the sitemap, ` +
      `search and /api/prices; ${MEMBER_COUNT} members commenting every ` +
      `${MEMBER_COMMENT_INTERVAL_MS / 1000} s; one editor saving and publishing every 20 s.`,
  );
  print("Faults (time from the start of the load):");
  for (const line of formatSchedule(schedule)) print(line);

  const database = await startTestDatabase({ seed: true });
  const coingecko = await startFakeCoinGecko();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "coinmela-soak-"));
  await chmod(dataDir, 0o755); // Varnish's own user reads below it when we are root
  let stack: Stack | null = null;
  let editor: Editor | null = null;
  let failed = false;
  try {
    stack = await startStack({
      databaseUrl: database.url,
      dataDir,
      instances: 2,
      siteHost: "127.0.0.1",
      env: {
        COINGECKO_BASE_URL: coingecko.baseUrl,
        PRICE_REFRESH_SECONDS: "5",
        COINGECKO_TIMEOUT_MS: "3000",
      },
      log: (line) => stackLog.push(line.trimEnd()),
    });
    const parts: Parts = { database, stack, coingecko };
    const pages = await sitemapPaths(stack.edgeUrl);
    const articleSlugs = pages
      .filter((p) => /^\/(news|learn)\/[a-z0-9-]+$/.test(p))
      .map((p) => p.split("/")[2]!);
    if (articleSlugs.length === 0) throw new ExpectedError("The sitemap lists no articles.");
    const members = await createMembers(database.url, runId);
    editor = await signInEditor(
      stack.edgeUrl,
      { username: "editor", password: DEMO_PASSWORD },
      (line) => print(line),
    );
    const warmStart = performance.now();
    const warm = await warmUp(stack.edgeUrl, pages, uncachedWarmUpPaths(articleSlugs[0]!));
    print(
      `Sitemap: ${pages.length} pages (${articleSlugs.length} articles); warm-up read each once: ` +
        `${warm} answered 200 in ${((performance.now() - warmStart) / 1000).toFixed(0)} s.`,
    );
    const rampStart = performance.now();
    const ramp: LoadContext = {
      edgeUrl: stack.edgeUrl,
      now: () => performance.now() - rampStart,
      done: () => performance.now() - rampStart >= RAMP_UP_MS,
      add: () => {},
    };
    await Promise.all([
      runReaders(ramp, pages),
      runEditor(ramp, editor, `${runId}-ramp`, [], () => {}),
    ]);
    print(
      `Ramp-up: ${RAMP_UP_MS / 1000} s of reader and editor traffic before the clock, not recorded.`,
    );
    print();

    const records: RequestRecord[] = [];
    const comments: AcknowledgedComment[] = [];
    const articles: AcknowledgedArticle[] = [];
    const rss: RssSample[] = [];
    const applied: AppliedFault[] = [];
    loadStart = performance.now();
    const now = () => performance.now() - loadStart;
    const context: LoadContext = {
      edgeUrl: stack.edgeUrl,
      now,
      done: () => now() >= durationMs,
      add: (r) => records.push(r),
    };

    const load = Promise.all([
      runReaders(context, pages),
      ...members.map((member) => runMember(context, member, articleSlugs, comments)),
      runEditor(context, editor, runId, articles, log),
    ]);
    const faults = (async () => {
      for (const fault of schedule) {
        const wait = fault.startMs - now();
        if (wait > 0) await sleep(wait);
        log(`fault: ${fault.kind} begins`);
        const done = await applyFault(fault, parts, now);
        applied.push(done);
        log(`fault: ${fault.kind} over after ${((done.endMs - done.startMs) / 1000).toFixed(1)} s`);
      }
    })();
    const sampler = (async () => {
      let nextMinute = 1;
      while (!context.done()) {
        rss.push(await sampleMemory(parts, now()));
        if (now() >= nextMinute * 60_000) {
          const minute = records.filter(
            (r) => r.atMs >= (nextMinute - 1) * 60_000 && r.atMs < nextMinute * 60_000,
          );
          const s = summarize(minute);
          log(
            `minute ${nextMinute}: ${s.requests} requests, 5xx ${s.outcomes["5xx"]}, ` +
              `timeouts ${s.outcomes.timeout}, conn errors ${s.outcomes["conn-error"]}, ` +
              `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(0)} ms`,
          );
          nextMinute++;
        }
        await sleep(Math.min(RSS_SAMPLE_MS, Math.max(0, durationMs - now())));
      }
      rss.push(await sampleMemory(parts, now() - 1));
    })();
    await Promise.all([load, faults, sampler]);

    const audit = await auditWrites(database.url, comments, articles);
    const instanceNames = stack.instances.map((i) => i.name);
    const processNames = [...instanceNames, "varnish", "redis", "postgres"];
    const checks: Check[] = [
      cachedPageCheck(records, applied),
      uncachedCheck(records, applied),
      waitCheck(records, applied),
      writeCheck(audit),
      memoryCheck(rss, instanceNames, durationMs),
    ];
    failed = checks.some((c) => !c.ok);

    const total = summarize(records);
    print();
    print(
      `### Soak, ${args.minutes} min, ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC ` +
        `(${os.cpus().length} cores, load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")} at the end)`,
    );
    print();
    print(
      `${total.requests.toLocaleString("en-US")} requests; ${comments.length} comments, ` +
        `${articles.filter((a) => !a.published).length} saves and ` +
        `${articles.filter((a) => a.published).length} publishes acknowledged. ` +
        `Memory: max per minute of each process with its children (MB).`,
    );
    print();
    for (const line of minuteTable({
      records,
      faults: applied,
      rss,
      processNames,
      minutes: args.minutes,
    }))
      print(line);
    print();
    for (const line of phaseTable(records, applied)) print(line);
    print();
    for (const line of kindTable(records)) print(line);
    print();
    for (const line of markdownTable(
      ["check", "result", "details"],
      checks.map((c) => [c.name, c.ok ? "pass" : "FAIL", c.details.join("; ")]),
      3,
    ))
      print(line);

    const base = path.join(RESULTS_DIR, `soak-${stamp}`);
    await writeFile(`${base}.md`, output.join("\n") + "\n");
    await writeFile(
      `${base}.requests.ndjson`,
      records.map((r) => JSON.stringify(r)).join("\n") + "\n",
    );
    await writeFile(`${base}.log`, stackLog.join("\n") + "\n");
    print();
    print(
      `Saved ${base}.md (tables), .requests.ndjson (every request) and .log (the stack's log).`,
    );
  } finally {
    signal(frozen, "SIGCONT");
    await editor?.close().catch(() => undefined);
    await stack?.stop();
    await coingecko.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (failed) throw new ExpectedError("The soak failed: see the checks above.");
});
