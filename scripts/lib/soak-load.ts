// The soak's traffic (scripts/soak.ts), sent from the soak's own process to the edge, never from
// inside a server: anonymous readers over node:http with keep-alive, members who sign in through
// next-auth's credentials flow and post comments through POST /api/comments, and one editor in a
// real browser who saves and publishes a new article every EDITOR_INTERVAL_MS. Every request
// becomes a RequestRecord; every acknowledged write is remembered for the final audit.
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_HEADLESS_ARGS, CHROMIUM_PATH } from "./chromium";
import { outcomeOf, pageKind, type RequestKind, type RequestRecord } from "./soak-report";

/** A reader gives up on a request after this long (longer than MAX_WAIT_MS, to see real waits). */
export const CLIENT_TIMEOUT_MS = 15_000;
/** Anonymous readers: requests per second in all, and at most this many in flight. */
export const READER_RATE = 120;
export const READER_CONCURRENCY = 12;
/** Members post one comment each this often: under the 5 per 10 minutes rate limit. */
export const MEMBER_COUNT = 12;
export const MEMBER_COMMENT_INTERVAL_MS = 150_000;
/** The form token must be at least 3 s old when the comment is posted (MIN_FILL_MS). */
const COMMENT_FILL_MS = 3_500;
export const EDITOR_INTERVAL_MS = 20_000;
/** Playwright gives up on one editor step after this long (the sign-in, before the clock, later). */
const EDITOR_STEP_TIMEOUT_MS = 30_000;
const EDITOR_SIGN_IN_TIMEOUT_MS = 90_000;

const SEARCH_TERMS = [
  "bitcoin",
  "ethereum",
  "etf",
  "stablecoin",
  "defi",
  "halving",
  "solana",
  "regulation",
  "mining",
  "wallet",
  "exchange",
  "market",
];

export interface Answer {
  status: number | null;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  ms: number;
  failure?: "timeout" | "conn-error";
  /** The code of a connection error. */
  error?: string;
}

/** Codes of a keep-alive socket that the server closed just as we sent on it. */
const STALE_SOCKET_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);

/** The answer of a request whose connection broke. */
const broken = (error: NodeJS.ErrnoException): Omit<Answer, "ms"> => ({
  status: null,
  headers: {},
  body: Buffer.alloc(0),
  failure: "conn-error",
  error: error.code ?? error.message,
});

/** One HTTP request with a hard timeout. A keep-alive socket the server closed just as we sent
 * on it (reset or broken pipe on a reused socket, before any answer) is retried once on a new
 * one, as browsers do. */
export async function send(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    agent?: http.Agent;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  const started = performance.now();
  const attempt = () =>
    new Promise<Answer & { retry?: boolean }>((resolve) => {
      const request = http.request(url, {
        method: options.method ?? "GET",
        headers: {
          "Accept-Encoding": "gzip",
          ...(options.body !== undefined
            ? { "Content-Length": String(Buffer.byteLength(options.body)) }
            : {}),
          ...options.headers,
        },
        agent: options.agent,
      });
      let settled = false;
      const finish = (answer: Omit<Answer, "ms"> & { retry?: boolean }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...answer, ms: performance.now() - started });
      };
      const timer = setTimeout(() => {
        finish({ status: null, headers: {}, body: Buffer.alloc(0), failure: "timeout" });
        request.destroy();
      }, options.timeoutMs ?? CLIENT_TIMEOUT_MS);
      request.on("response", (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          finish({
            status: response.statusCode ?? null,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", (error: NodeJS.ErrnoException) => finish(broken(error)));
      });
      request.on("error", (error: NodeJS.ErrnoException) =>
        finish({
          ...broken(error),
          retry: request.reusedSocket && STALE_SOCKET_CODES.has(error.code ?? ""),
        }),
      );
      request.end(options.body);
    });
  const first = await attempt();
  const answer = first.retry ? await attempt() : first;
  delete answer.retry;
  return answer;
}

/** The body as JSON (gunzipped when it came gzipped), or null when it is not JSON. */
export function readJson<T>(answer: Answer): T | null {
  try {
    const body =
      answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.body) : answer.body;
    return JSON.parse(body.toString()) as T;
  } catch {
    return null;
  }
}

export function record(
  atMs: number,
  kind: RequestKind,
  path: string,
  answer: Answer,
): RequestRecord {
  return {
    atMs,
    kind,
    path,
    status: answer.status,
    outcome: outcomeOf(answer.status, answer.failure),
    ms: Math.round(answer.ms * 10) / 10,
    ...(typeof answer.headers["x-cache"] === "string" ? { cache: answer.headers["x-cache"] } : {}),
    ...(answer.error ? { error: answer.error } : {}),
  };
}

/** The site's public pages: every <loc> of /sitemap.xml (and of the sitemaps it lists), as paths. */
export async function sitemapPaths(edgeUrl: string): Promise<string[]> {
  const paths = new Set<string>();
  const queue = ["/sitemap.xml"];
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const answer = await send(edgeUrl + path, { headers: { "Accept-Encoding": "identity" } });
    if (answer.status !== 200)
      throw new Error(`${path} answered ${answer.status ?? answer.failure}`);
    for (const match of answer.body.toString().matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const location = new URL(match[1]!.replaceAll("&amp;", "&"));
      const local = location.pathname + location.search;
      if (location.pathname.endsWith(".xml")) queue.push(local);
      else paths.add(local);
    }
  }
  return [...paths];
}

/**
 * The routes that are never cached at the edge, each asked four times before the clock starts so
 * that both instances (the edge takes turns) have loaded their code and opened database
 * connections, as instances in service have: a cold start under full load is what the
 * instance-stop fault tests, not what the first minute should measure.
 */
export function uncachedWarmUpPaths(articleSlug: string): string[] {
  const routes = [
    ...SEARCH_TERMS.map((term) => `/search?q=${term}`),
    "/api/prices",
    `/api/comments?article=${articleSlug}`,
  ];
  return routes.flatMap((route) => [route, route, route, route]);
}

/**
 * Reads every page once through the edge before the clock starts (two at a time, patiently), so
 * the run begins with the pages cached, as a site in service has them, and "served OK before"
 * holds for every page that answered; then the uncached routes (uncachedWarmUpPaths). Returns
 * how many of the pages answered 200.
 */
export async function warmUp(
  edgeUrl: string,
  pages: string[],
  uncached: string[] = [],
): Promise<number> {
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < pages.length) {
      const path = pages[next++]!;
      for (let attempt = 0; attempt < 2; attempt++) {
        const answer = await send(edgeUrl + path, { timeoutMs: 60_000 });
        if (answer.status === 200) {
          ok++;
          break;
        }
      }
    }
  };
  await Promise.all([worker(), worker()]);
  for (const path of uncached) await send(edgeUrl + path, { timeoutMs: 60_000 });
  return ok;
}

export interface LoadContext {
  edgeUrl: string;
  /** Milliseconds since the start of the load. */
  now(): number;
  /** True once the load should stop. */
  done(): boolean;
  add(record: RequestRecord): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Anonymous readers: READER_RATE requests a second (paced, at most READER_CONCURRENCY in flight),
 * nine in ten to the sitemap's pages in turn, the rest to search and /api/prices.
 */
export async function runReaders(context: LoadContext, pages: string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: READER_CONCURRENCY });
  let next = 0;
  const pick = (index: number): { kind: RequestKind; path: string } => {
    const slot = index % 100;
    if (slot < 3) {
      const term = SEARCH_TERMS[Math.floor(index / 100) % SEARCH_TERMS.length]!;
      return { kind: "search", path: `/search?q=${term}` };
    }
    if (slot < 10) return { kind: "prices", path: "/api/prices" };
    const path = pages[index % pages.length]!;
    return { kind: pageKind(new URL(path, "http://x").pathname), path };
  };
  const worker = async () => {
    while (!context.done()) {
      // Slots missed while requests hung are dropped rather than sent in a burst afterwards:
      // readers who waited do not come back all at once.
      const behind = Math.floor((context.now() / 1000) * READER_RATE) - READER_CONCURRENCY;
      if (next < behind) next = behind;
      const index = next++;
      const wait = (index / READER_RATE) * 1000 - context.now();
      if (wait > 0) await sleep(wait);
      if (context.done()) break;
      const { kind, path } = pick(index);
      const atMs = context.now();
      context.add(record(atMs, kind, path, await send(context.edgeUrl + path, { agent })));
    }
  };
  await Promise.all(Array.from({ length: READER_CONCURRENCY }, worker));
  agent.destroy();
}

/** Cookie jar of one client: name → value, from Set-Cookie headers. */
function keepCookies(jar: Map<string, string>, headers: http.IncomingHttpHeaders): void {
  for (const line of headers["set-cookie"] ?? []) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    if (at > 0) jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
  }
}
const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export interface AcknowledgedComment {
  id: number;
  body: string;
}

/**
 * One member: signs in (GET /api/auth/csrf, POST /api/auth/callback/credentials), then every
 * MEMBER_COMMENT_INTERVAL_MS fetches a form token (GET /api/comments) and posts a comment
 * (POST /api/comments). A 201 with an id is an acknowledged write.
 */
export async function runMember(
  context: LoadContext,
  member: { username: string; password: string; startDelayMs: number },
  articleSlugs: string[],
  acknowledged: AcknowledgedComment[],
): Promise<void> {
  const jar = new Map<string, string>();
  const call = async (
    kind: RequestKind,
    path: string,
    options: Parameters<typeof send>[1] = {},
  ): Promise<Answer> => {
    const atMs = context.now();
    const answer = await send(context.edgeUrl + path, {
      ...options,
      headers: { ...options.headers, ...(jar.size ? { Cookie: cookieHeader(jar) } : {}) },
    });
    keepCookies(jar, answer.headers);
    context.add(record(atMs, kind, path.split("?")[0]!, answer));
    return answer;
  };
  const signIn = async (): Promise<boolean> => {
    jar.clear();
    const csrf = await call("signin", "/api/auth/csrf");
    const csrfToken = readJson<{ csrfToken?: string }>(csrf)?.csrfToken;
    if (csrf.status !== 200 || !csrfToken) return false;
    const answer = await call("signin", "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        csrfToken,
        username: member.username,
        password: member.password,
        json: "true",
      }).toString(),
    });
    return answer.status === 200 && [...jar.keys()].some((n) => n.endsWith("session-token"));
  };

  await sleep(member.startDelayMs);
  let signedIn = false;
  let count = 0;
  while (!context.done()) {
    const cycleStart = context.now();
    if (!signedIn) signedIn = await signIn();
    if (signedIn) {
      const slug = articleSlugs[(count + member.startDelayMs) % articleSlugs.length]!;
      const form = await call("comment-form", `/api/comments?article=${slug}`);
      const formToken = readJson<{ formToken?: string }>(form)?.formToken;
      if (form.status === 200 && formToken) {
        await sleep(COMMENT_FILL_MS);
        const body = `Soak comment ${count + 1} from ${member.username} at ${new Date().toISOString()}`;
        const posted = await call("comment-post", "/api/comments", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ articleSlug: slug, body, formToken }),
        });
        const id = readJson<{ id?: number }>(posted)?.id;
        if (posted.status === 201 && typeof id === "number") {
          acknowledged.push({ id, body });
          count++;
        } else if (posted.status === 401) signedIn = false;
      }
    }
    // A failed attempt is tried again sooner; a posted comment waits its full interval.
    const pause = signedIn ? MEMBER_COMMENT_INTERVAL_MS : 10_000;
    while (!context.done() && context.now() < cycleStart + pause) await sleep(500);
  }
}

export interface AcknowledgedArticle {
  id: number;
  title: string;
  published: boolean;
}

export interface Editor {
  page: Page;
  close(): Promise<void>;
}

/**
 * The editor's browser, signed in through the sign-in form before the clock starts (as members
 * are signed in before they comment): a sign-in slowed by a loaded machine would otherwise eat
 * the run. Tries three times.
 */
export async function signInEditor(
  edgeUrl: string,
  account: { username: string; password: string },
  log: (line: string) => void,
): Promise<Editor> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_HEADLESS_ARGS,
  });
  const page = await (await browser.newContext({ baseURL: edgeUrl })).newPage();
  page.setDefaultTimeout(EDITOR_SIGN_IN_TIMEOUT_MS);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto("/signin?callbackUrl=%2Fadmin");
      await page.getByLabel("Username or Email Address").fill(account.username);
      await page.getByLabel("Password").fill(account.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => url.pathname === "/admin");
      break;
    } catch (error) {
      if (attempt === 3) {
        await browser.close();
        throw error;
      }
      log(`editor sign-in failed, trying again: ${firstLine(error)}`);
    }
  }
  page.setDefaultTimeout(EDITOR_STEP_TIMEOUT_MS);
  return { page, close: () => browser.close() };
}

/**
 * The editor writes a new article, saves it as a draft and publishes it, every
 * EDITOR_INTERVAL_MS. A save is acknowledged when the editor lands on
 * `/admin/articles/<id>?done=save`, a publish when the editor shows the status "Published": what
 * the editor sees as "Saved." and "Published.".
 */
export async function runEditor(
  context: LoadContext,
  editor: Editor,
  runId: string,
  acknowledged: AcknowledgedArticle[],
  log: (line: string) => void,
): Promise<void> {
  let n = 0;
  while (!context.done()) {
    const cycleStart = context.now();
    n++;
    await editorCycle(
      context,
      editor.page,
      `Soak desk story ${runId} number ${n}`,
      acknowledged,
      log,
    );
    while (!context.done() && context.now() < cycleStart + EDITOR_INTERVAL_MS) await sleep(250);
  }
}

async function editorCycle(
  context: LoadContext,
  page: Page,
  title: string,
  acknowledged: AcknowledgedArticle[],
  log: (line: string) => void,
): Promise<void> {
  const step = async (kind: RequestKind, path: string, run: () => Promise<void>) => {
    const atMs = context.now();
    const started = performance.now();
    try {
      await run();
      context.add({ atMs, kind, path, status: 200, outcome: "2xx", ms: ms(started) });
      return true;
    } catch (error) {
      const timedOut =
        error instanceof Error &&
        (error.name === "TimeoutError" || /Timeout \d+ms exceeded/.test(error.message));
      // Anything but a timeout is the editor seeing an error instead of "Saved."/"Published.".
      context.add({
        atMs,
        kind,
        path,
        status: null,
        outcome: timedOut ? "timeout" : "5xx",
        ms: ms(started),
      });
      log(`${kind} of "${title}" failed: ${firstLine(error)}${await visibleNotices(page)}`);
      return false;
    }
  };
  let id = 0;
  const saved = await step("editor-save", "/admin/articles/new", async () => {
    // An error page (503 while the database is down) is an answer, not a wait: recorded as such
    // at once instead of waiting for a form that is not there.
    const opened = await page.goto("/admin/articles/new");
    if (!opened || opened.status() >= 500) {
      throw new Error(`the editor answered ${opened?.status() ?? "nothing"}`);
    }
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
    await page.getByLabel("Dek (standfirst)").fill("Written by the soak's editor.");
    await page
      .getByLabel("Body (Markdown)")
      .fill(`## Desk note\n\nA story saved and published during the soak: ${title}.`);
    await page.getByLabel("Category").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save draft" }).click();
    await unlessErrorShown(page, page.waitForURL(/\/admin\/articles\/\d+\?done=save$/));
    id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
    acknowledged.push({ id, title, published: false });
  });
  if (!saved) return;
  // The editor of a saved article stays on its URL; "Published" is its status once the action
  // answered.
  await step("editor-publish", "/admin/articles/[id]", async () => {
    // The save's page has loaded (waitForURL waits for "load"): no button means an error page
    // (an instance that went away mid-save), an answer rather than something to wait for.
    const publish = page.getByRole("button", { name: "Publish now" });
    if (!(await publish.isVisible())) {
      throw new Error(`the saved article's page shows no editor: "${await page.title()}"`);
    }
    await publish.click();
    await unlessErrorShown(
      page,
      page
        .getByTestId("article-status")
        .filter({ hasText: /^Published$/ })
        .waitFor(),
    );
    acknowledged.push({ id, title, published: true });
  });
}

/** The editor's error notices. Next's route announcer is an alert too (it reads out the new
 * page's title), so it is left out. */
const EDITOR_ALERT = '[role="alert"]:not(#__next-route-announcer__)';

/**
 * Waits for what acknowledges a step, but fails at once when the editor shows an error instead
 * ("Something went wrong on our side…"): that is the editor's answer, not a wait.
 */
async function unlessErrorShown(page: Page, acknowledgement: Promise<unknown>): Promise<void> {
  const error = page.locator(EDITOR_ALERT).filter({ hasText: /\S/ }).first();
  const shown = error.waitFor().then(async () => {
    throw new Error(`the editor showed: ${(await error.innerText().catch(() => "")).trim()}`);
  });
  // Whichever loses is left to settle on its own (a navigation ends the other's wait).
  shown.catch(() => undefined);
  acknowledgement.catch(() => undefined);
  await Promise.race([acknowledgement, shown]);
}

/** What the editor shows when a step did not complete: its notices, for the log. */
async function visibleNotices(page: Page): Promise<string> {
  const texts = await page
    .locator(`[role="status"], ${EDITOR_ALERT}`)
    .allInnerTexts()
    .catch(() => []);
  const shown = texts.map((t) => t.trim()).filter(Boolean);
  return shown.length ? ` (page shows: ${shown.join(" | ").slice(0, 300)})` : "";
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];
const ms = (started: number) => Math.round((performance.now() - started) * 10) / 10;
