// What the soak records about every request and how it is summed up: outcome kinds, phases,
// per-minute percentiles and memory, and the markdown tables the README takes. Pure.
import type { FaultKind } from "./soak-schedule";

export type Outcome = "2xx" | "3xx" | "4xx" | "5xx" | "timeout" | "conn-error";
export const OUTCOMES: readonly Outcome[] = ["2xx", "3xx", "4xx", "5xx", "timeout", "conn-error"];

/** Public pages from the sitemap, which the edge and the app cache. */
export const CACHED_PAGE_KINDS = ["home", "article", "category", "tag", "author", "page"] as const;
export type CachedPageKind = (typeof CACHED_PAGE_KINDS)[number];
export type RequestKind =
  | CachedPageKind
  | "market"
  | "search"
  | "prices"
  | "signin"
  | "comment-form"
  | "comment-post"
  | "editor-save"
  | "editor-publish";

export interface RequestRecord {
  /** When it was sent, from the start of the load. */
  atMs: number;
  kind: RequestKind;
  /** Path and query (editor steps: the admin page). */
  path: string;
  /** null when no answer came (timeout, connection error). */
  status: number | null;
  outcome: Outcome;
  /** Wait until the answer (or until given up). */
  ms: number;
  /** The edge's X-Cache (HIT or MISS) when it sent one. */
  cache?: string;
  /** A connection error's code (ECONNRESET, EPIPE, …), to tell what broke. */
  error?: string;
}

export function outcomeOf(status: number | null, failure?: "timeout" | "conn-error"): Outcome {
  if (failure) return failure;
  if (status === null) return "conn-error";
  if (status >= 500) return "5xx";
  if (status >= 400) return "4xx";
  if (status >= 300) return "3xx";
  return "2xx";
}

/** What kind of public page a sitemap path is. The market pages render on every request (from
 * cached reads), so they are not counted as cached pages. */
export function pageKind(pathname: string): CachedPageKind | "market" {
  if (pathname === "/") return "home";
  const first = pathname.split("/")[1];
  if (first === "market") return "market";
  if (first === "news" || first === "learn") return "article";
  if (first === "category") return "category";
  if (first === "tag") return "tag";
  if (first === "author") return "author";
  return "page";
}

export function isCachedPageKind(kind: RequestKind): kind is CachedPageKind {
  return (CACHED_PAGE_KINDS as readonly string[]).includes(kind);
}

/** A fault as it really happened (the soak notes the times around each action). */
export interface AppliedFault {
  kind: FaultKind;
  startMs: number;
  endMs: number;
}

/** The fault a request was sent during, or "steady". */
export function phaseOf(atMs: number, faults: AppliedFault[]): FaultKind | "steady" {
  return faults.find((fault) => atMs >= fault.startMs && atMs <= fault.endMs)?.kind ?? "steady";
}

/** Nearest-rank percentile of sorted values (0 for none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  requests: number;
  outcomes: Record<Outcome, number>;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(records: RequestRecord[]): Summary {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const record of records) outcomes[record.outcome]++;
  const waits = records.map((r) => r.ms).sort((a, b) => a - b);
  return {
    requests: records.length,
    outcomes,
    p50: percentile(waits, 50),
    p99: percentile(waits, 99),
    max: waits.at(-1) ?? 0,
  };
}

/** Resident memory of each watched process (with its children), MB; null while it is stopped. */
export interface RssSample {
  atMs: number;
  mb: Record<string, number | null>;
}

/** The largest sample of each process in each minute of the run. */
export function rssPerMinute(
  samples: RssSample[],
  names: string[],
  minutes: number,
): Record<string, number | null>[] {
  return Array.from({ length: minutes }, (_, minute) => {
    const inMinute = samples.filter(
      (s) => s.atMs >= minute * 60_000 && s.atMs < (minute + 1) * 60_000,
    );
    return Object.fromEntries(
      names.map((name) => {
        const values = inMinute.map((s) => s.mb[name]).filter((v): v is number => v != null);
        return [name, values.length ? Math.max(...values) : null];
      }),
    );
  });
}

export function markdownTable(
  header: string[],
  rows: (string | number)[][],
  /** Columns from this index on are numbers: right-aligned. */
  firstNumeric = 1,
): string[] {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    `| ${row
      .map((cell, column) =>
        column >= firstNumeric ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(" | ")} |`;
  const rule = `| ${widths
    .map((width, column) =>
      column >= firstNumeric ? `${"-".repeat(width - 1)}:` : "-".repeat(width),
    )
    .join(" | ")} |`;
  return [line(header), rule, ...cells.slice(1).map(line)];
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const mb = (value: number | null | undefined) => (value == null ? "—" : value.toFixed(0));

/** The per-minute table: traffic, outcomes, latency and each process's memory. */
export function minuteTable(input: {
  records: RequestRecord[];
  faults: AppliedFault[];
  rss: RssSample[];
  processNames: string[];
  minutes: number;
}): string[] {
  const memory = rssPerMinute(input.rss, input.processNames, input.minutes);
  const rows = Array.from({ length: input.minutes }, (_, minute) => {
    const from = minute * 60_000;
    const to = from + 60_000;
    const inMinute = input.records.filter((r) => r.atMs >= from && r.atMs < to);
    const faults = input.faults
      .filter((f) => f.startMs < to && f.endMs >= from)
      .map((f) => f.kind)
      .join(", ");
    const s = summarize(inMinute);
    return [
      String(minute + 1),
      faults || "—",
      ...summaryCells(s),
      ...input.processNames.map((name) => mb(memory[minute]?.[name])),
    ];
  });
  return markdownTable(
    [
      "min",
      "faults",
      "requests",
      "2xx/3xx",
      "4xx",
      "5xx",
      "timeout",
      "conn err",
      "p50 ms",
      "p99 ms",
      "max ms",
      ...input.processNames.map((name) => `${name} MB`),
    ],
    rows,
    2,
  );
}

/** One row per phase (each fault as it happened, and the steady rest), then per request kind. */
export function phaseTable(records: RequestRecord[], faults: AppliedFault[]): string[] {
  const phases: (FaultKind | "steady")[] = ["steady", ...faults.map((f) => f.kind)];
  const rows = phases.map((phase) => {
    const window = faults.find((f) => f.kind === phase);
    const s = summarize(records.filter((r) => phaseOf(r.atMs, faults) === phase));
    return [
      phase,
      window ? `${((window.endMs - window.startMs) / 1000).toFixed(1)} s` : "rest",
      ...summaryCells(s),
    ];
  });
  return markdownTable(["phase", "length", ...SUMMARY_HEADER], rows, 1);
}

export function kindTable(records: RequestRecord[]): string[] {
  const kinds = [...new Set(records.map((r) => r.kind))];
  return markdownTable(
    ["request kind", ...SUMMARY_HEADER],
    kinds.map((kind) => [kind, ...summaryCells(summarize(records.filter((r) => r.kind === kind)))]),
  );
}

const SUMMARY_HEADER = [
  "requests",
  "2xx/3xx",
  "4xx",
  "5xx",
  "timeout",
  "conn err",
  "p50 ms",
  "p99 ms",
  "max ms",
];

function summaryCells(s: Summary): (string | number)[] {
  return [
    s.requests,
    s.outcomes["2xx"] + s.outcomes["3xx"],
    s.outcomes["4xx"],
    s.outcomes["5xx"],
    s.outcomes.timeout,
    s.outcomes["conn-error"],
    ms(s.p50),
    ms(s.p99),
    ms(s.max),
  ];
}
