// Purging the edge (Varnish with xkey, deploy/varnish/coinmela.vcl, or any cache that takes the
// same request): `PURGE <url>` with the changed tags in an `xkey` header and the shared secret in
// `X-Purge-Token`. Only objects carrying one of those tags go; the rest of the edge stays warm.
//
// The editor's save has already committed when this runs, so a purge never fails it: the first
// attempt is awaited (a little while at most) so that the next reader through the edge sees the
// change, and when it fails the purge is retried in the background with back-off and logged.

import { logger } from "../logger";

/** Varnish's default request-header limit is 8 KB; tags go in chunks well under it. */
const MAX_TAG_HEADER_CHARS = 4000;
const ATTEMPT_TIMEOUT_MS = 2000;
const RETRY_DELAYS_MS = [250, 1000, 4000, 15_000, 60_000];

export interface EdgePurgeConfig {
  urls: readonly string[];
  secret: string;
  /** Test seams. */
  fetch?: typeof fetch;
  retryDelaysMs?: readonly number[];
  log?: (message: string) => void;
}

/** Splits tags into space-separated header values that each stay under the limit. */
export function tagHeaderChunks(tags: readonly string[], limit = MAX_TAG_HEADER_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const tag of tags) {
    if (current && current.length + 1 + tag.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current} ${tag}` : tag;
  }
  if (current) chunks.push(current);
  return chunks;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function purgeOnce(config: EdgePurgeConfig, url: string, header: string): Promise<void> {
  const response = await (config.fetch ?? fetch)(url, {
    method: "PURGE",
    headers: { xkey: header, "X-Purge-Token": config.secret },
    signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
  });
  // Drain the body so the connection is reused.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`the edge answered ${response.status}`);
}

const logError = (message: string) => logger().error(message);

async function retryInBackground(config: EdgePurgeConfig, url: string, header: string) {
  const log = config.log ?? logError;
  const delays = config.retryDelaysMs ?? RETRY_DELAYS_MS;
  for (let attempt = 0; attempt < delays.length; attempt++) {
    await sleep(delays[attempt]!);
    try {
      await purgeOnce(config, url, header);
      log(`[edge] purge of ${url} succeeded on retry ${attempt + 1}`);
      return;
    } catch (error) {
      log(`[edge] purge retry ${attempt + 1} of ${url} failed: ${describe(error)}`);
    }
  }
  log(
    `[edge] gave up purging ${url} for tags "${header.slice(0, 200)}"; those pages stay cached ` +
      "at that edge until their TTL ends",
  );
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/**
 * Purges `tags` at every edge. Resolves once each edge answered the first attempt or that
 * attempt failed (then retries go on in the background); never rejects.
 * Returns the number of edges that confirmed the purge at once.
 */
export async function purgeEdge(config: EdgePurgeConfig, tags: readonly string[]): Promise<number> {
  if (config.urls.length === 0 || tags.length === 0) return 0;
  const log = config.log ?? logError;
  const chunks = tagHeaderChunks(tags);
  const outcomes = await Promise.all(
    config.urls.map(async (url) => {
      let confirmed = true;
      for (const header of chunks) {
        try {
          await purgeOnce(config, url, header);
        } catch (error) {
          confirmed = false;
          log(`[edge] purge of ${url} failed, retrying in the background: ${describe(error)}`);
          void retryInBackground(config, url, header);
        }
      }
      return confirmed;
    }),
  );
  return outcomes.filter(Boolean).length;
}
