// Which page views count as readership. First-party only: no third-party analytics.

const BOT_PATTERN =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|quora link preview|whatsapp|telegrambot|headless|lighthouse|pagespeed|curl|wget|python-requests|httpclient|go-http-client|axios|node-fetch|scrapy|monitor|uptime/i;

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || BOT_PATTERN.test(userAgent);
}

/** Remembers who viewed what today, so reloads and repeat visits count once per reader per day. */
export class RepeatFilter {
  private seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 24 * 3_600_000,
    private readonly maxEntries = 100_000,
  ) {}

  /** True the first time `key` is offered within the window. */
  admit(key: string, now = Date.now()): boolean {
    const last = this.seen.get(key);
    if (last !== undefined && now - last < this.windowMs) return false;
    if (this.seen.size >= this.maxEntries) this.prune(now);
    this.seen.set(key, now);
    return true;
  }

  private prune(now: number) {
    for (const [key, at] of this.seen) if (now - at >= this.windowMs) this.seen.delete(key);
    // Still full of fresh entries: drop the oldest half rather than grow without bound.
    if (this.seen.size >= this.maxEntries) {
      const drop = Math.floor(this.seen.size / 2);
      let index = 0;
      for (const key of this.seen.keys()) {
        if (index++ >= drop) break;
        this.seen.delete(key);
      }
    }
  }
}

export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
