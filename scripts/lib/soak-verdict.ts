// The soak's pass/fail rules (scripts/soak.ts exits 1 when any check fails). Pure: it judges the
// records, the faults as applied, the writes and the memory samples it is given.
import {
  type AppliedFault,
  isCachedPageKind,
  type RequestKind,
  type RequestRecord,
  type RssSample,
} from "./soak-report";
import { mmss } from "./soak-schedule";

/** No reader, member or API client waits longer than this for an answer, faults included. */
export const MAX_WAIT_MS = 5_000;
/** An editor's save or publish is a browser round trip (render, action, redirect, render). */
export const EDITOR_MAX_WAIT_MS = 15_000;
/** After a fault ends, uncached routes may still answer 503 this long (pools reconnect, the
 * edge's health probe marks a restarted instance healthy again). */
export const FAULT_GRACE_MS = 15_000;
/** An app instance's memory in the last minute may be at most this multiple of its first minute. */
export const RSS_GROWTH_LIMIT = 1.5;
/** No app instance (process and children) may ever hold more than this, in MB. */
export const RSS_CAP_MB = 1_024;

export interface Check {
  name: string;
  ok: boolean;
  /** What failed (or, when it passed, what was checked). */
  details: string[];
}

/** Acknowledged writes and the ones the database does not have afterwards. */
export interface WriteAudit {
  comments: { acknowledged: number; missing: number[] };
  saves: { acknowledged: number; missing: number[] };
  publishes: { acknowledged: number; missing: number[] };
}

const EDITOR_KINDS: readonly RequestKind[] = ["editor-save", "editor-publish"];
const DETAIL_LIMIT = 12;

function describe(record: RequestRecord, faults: AppliedFault[]): string {
  const during = faults.find((f) => record.atMs + record.ms >= f.startMs && record.atMs <= f.endMs);
  return (
    `${mmss(record.atMs)} ${record.kind} ${record.path} → ${record.status ?? record.outcome}` +
    `${record.cache ? ` ${record.cache}` : ""} after ${(record.ms / 1000).toFixed(2)} s` +
    `${during ? ` (during ${during.kind})` : ""}`
  );
}

function limited(lines: string[]): string[] {
  return lines.length > DETAIL_LIMIT
    ? [...lines.slice(0, DETAIL_LIMIT), `… and ${lines.length - DETAIL_LIMIT} more`]
    : lines;
}

/** Whether a request was in flight during a fault or within FAULT_GRACE_MS after it. */
function inFaultOrGrace(record: RequestRecord, faults: AppliedFault[]): boolean {
  return faults.some(
    (f) => record.atMs + record.ms >= f.startMs && record.atMs <= f.endMs + FAULT_GRACE_MS,
  );
}

/** The edge answered this from its cache: it holds the page and can serve it from grace. */
function servedFromEdge(record: RequestRecord): boolean {
  return record.outcome === "2xx" && (record.cache ?? "").startsWith("HIT");
}

/**
 * A cached public page — a sitemap URL (other than the market pages) that the edge has already
 * served from its cache (2xx with X-Cache: HIT) earlier in this run — must never answer 5xx or
 * fail to answer, whatever is broken: the edge holds it and serves it from grace when the origin
 * fails. Pages the edge never held (rendered on every request) fall under uncachedCheck.
 */
export function cachedPageCheck(records: RequestRecord[], faults: AppliedFault[]): Check {
  const servedOk = new Set<string>();
  const failures: string[] = [];
  let judged = 0;
  for (const record of [...records].sort((a, b) => a.atMs - b.atMs)) {
    if (!isCachedPageKind(record.kind)) continue;
    if (servedOk.has(record.path)) {
      judged++;
      if (record.outcome === "5xx" || record.outcome === "conn-error")
        failures.push(describe(record, faults));
    }
    if (servedFromEdge(record)) servedOk.add(record.path);
  }
  return {
    name: "cached pages never fail once served",
    ok: failures.length === 0,
    details: failures.length
      ? limited(failures)
      : [`${judged} reads of ${servedOk.size} pages the edge had served from its cache`],
  };
}

/**
 * Anything else (search, /api/prices, the market pages, sign-in, comments, pages the edge has
 * not served from its cache) may answer 5xx only when in flight during a fault or within FAULT_GRACE_MS after it, and only quickly (the
 * wait itself is judged by waitCheck); a 5xx in steady state, or no answer at all, fails.
 */
export function uncachedCheck(records: RequestRecord[], faults: AppliedFault[]): Check {
  const servedOk = new Set<string>();
  const failures: string[] = [];
  let allowed = 0;
  for (const record of [...records].sort((a, b) => a.atMs - b.atMs)) {
    if (EDITOR_KINDS.includes(record.kind)) continue;
    const cachedBefore = isCachedPageKind(record.kind) && servedOk.has(record.path);
    if (servedFromEdge(record)) servedOk.add(record.path);
    if (cachedBefore) continue; // cachedPageCheck's
    if (record.outcome === "conn-error") failures.push(describe(record, faults));
    else if (record.outcome === "5xx") {
      if (inFaultOrGrace(record, faults)) allowed++;
      else failures.push(describe(record, faults));
    }
  }
  return {
    name: "other routes: 5xx only during a fault",
    ok: failures.length === 0,
    details: failures.length ? limited(failures) : [`${allowed} 5xx during faults (allowed)`],
  };
}

/** Every request answers (or fails) within MAX_WAIT_MS; editor steps within EDITOR_MAX_WAIT_MS. */
export function waitCheck(records: RequestRecord[], faults: AppliedFault[]): Check {
  const slow = records.filter(
    (r) =>
      r.outcome === "timeout" ||
      r.ms > (EDITOR_KINDS.includes(r.kind) ? EDITOR_MAX_WAIT_MS : MAX_WAIT_MS),
  );
  return {
    name: `no wait over ${MAX_WAIT_MS / 1000} s (editor ${EDITOR_MAX_WAIT_MS / 1000} s)`,
    ok: slow.length === 0,
    details: slow.length
      ? limited(slow.map((r) => describe(r, faults)))
      : [`${records.length} requests`],
  };
}

/** Every acknowledged comment, save and publish is in the database afterwards; and there were
 * some, or the check would prove nothing. */
export function writeCheck(audit: WriteAudit): Check {
  const details: string[] = [];
  let ok = true;
  for (const [name, { acknowledged, missing }] of Object.entries(audit)) {
    if (acknowledged === 0) {
      ok = false;
      details.push(`no ${name} were acknowledged: nothing to check`);
    } else if (missing.length > 0) {
      ok = false;
      details.push(
        `${missing.length} of ${acknowledged} acknowledged ${name} missing: ids ${missing.slice(0, DETAIL_LIMIT).join(", ")}`,
      );
    } else details.push(`${acknowledged} ${name}, all in the database`);
  }
  return { name: "no acknowledged write lost", ok, details };
}

/** Each app instance's memory: last minute ≤ RSS_GROWTH_LIMIT × first minute, never > RSS_CAP_MB. */
export function memoryCheck(samples: RssSample[], instances: string[], durationMs: number): Check {
  const details: string[] = [];
  let ok = true;
  const maxIn = (name: string, from: number, to: number) => {
    const values = samples
      .filter((s) => s.atMs >= from && s.atMs < to)
      .map((s) => s.mb[name])
      .filter((v): v is number => v != null);
    return values.length ? Math.max(...values) : null;
  };
  for (const name of instances) {
    const first = maxIn(name, 0, 60_000);
    const last = maxIn(name, durationMs - 60_000, Number.POSITIVE_INFINITY);
    const peak = maxIn(name, 0, Number.POSITIVE_INFINITY);
    if (first === null || last === null || peak === null) {
      ok = false;
      details.push(`${name}: no samples in the first or last minute`);
      continue;
    }
    const growth = last / first;
    const line = `${name}: first minute ${first.toFixed(0)} MB, last ${last.toFixed(0)} MB (×${growth.toFixed(2)}), peak ${peak.toFixed(0)} MB`;
    if (growth > RSS_GROWTH_LIMIT || peak > RSS_CAP_MB) {
      ok = false;
      details.push(`${line}: over ×${RSS_GROWTH_LIMIT} or ${RSS_CAP_MB} MB`);
    } else details.push(line);
  }
  return {
    name: `instance memory (×${RSS_GROWTH_LIMIT}, ${RSS_CAP_MB} MB)`,
    ok,
    details,
  };
}
