// When the soak (scripts/soak.ts) breaks what: a schedule proportional to the run's length, so a
// 3-minute run and a 10-minute run go through the same faults in the same order. Pure: the soak
// applies it and records when each fault really began and ended.

export type FaultKind =
  "pg-freeze" | "pg-restart" | "coingecko-429" | "coingecko-hang" | "redis-stop" | "instance-stop";

export interface ScheduledFault {
  kind: FaultKind;
  /** From the start of the load. */
  startMs: number;
  /** How long the fault is held (0: a restart, over when the component answers again). */
  holdMs: number;
  description: string;
}

/** Every process of the cluster stopped (SIGSTOP) this long: the brief's "20 s freeze". */
export const PG_FREEZE_MS = 20_000;
/** Shorter runs cannot fit a 20 s freeze in its slot (see faultSchedule). */
export const MIN_SOAK_MINUTES = 3;
/** Share of the run left without faults at the start (pages get cached, the first minute's
 * memory is the baseline) and at the end (recovery is seen). */
const QUIET_SHARE = 0.1;

/**
 * The faults of a run of `durationMs`: after a quiet tenth, the rest but the last tenth is cut
 * into one slot per fault (the CoinGecko 429 and hang share one); each fault starts its slot and
 * is held for part of it, so every fault ends, and its effects can fade, before the next begins.
 */
export function faultSchedule(durationMs: number, instanceName = "app-2"): ScheduledFault[] {
  if (durationMs < MIN_SOAK_MINUTES * 60_000)
    throw new RangeError(`a soak lasts at least ${MIN_SOAK_MINUTES} minutes`);
  const first = durationMs * QUIET_SHARE;
  const slot = (durationMs * (1 - 2 * QUIET_SHARE)) / 5;
  const at = (index: number) => Math.round(first + index * slot);
  const part = (share: number) => Math.round(slot * share);
  return [
    {
      kind: "pg-freeze",
      startMs: at(0),
      holdMs: PG_FREEZE_MS,
      description: `PostgreSQL frozen: SIGSTOP to the postmaster and every backend for ${PG_FREEZE_MS / 1000} s, then SIGCONT`,
    },
    {
      kind: "pg-restart",
      startMs: at(1),
      holdMs: 0,
      description: "PostgreSQL restarted: fast shutdown, then started on the same port and data",
    },
    {
      kind: "coingecko-429",
      startMs: at(2),
      holdMs: part(0.4),
      description: `CoinGecko answers 429 (Retry-After) for ${seconds(part(0.4))}`,
    },
    {
      kind: "coingecko-hang",
      startMs: at(2) + part(0.4),
      holdMs: part(0.4),
      description: `CoinGecko accepts requests and never answers for ${seconds(part(0.4))}`,
    },
    {
      kind: "redis-stop",
      startMs: at(3),
      holdMs: part(0.5),
      description: `Redis stopped for ${seconds(part(0.5))}, then started again (empty)`,
    },
    {
      kind: "instance-stop",
      startMs: at(4),
      holdMs: part(0.5),
      description: `${instanceName} stopped (SIGTERM) for ${seconds(part(0.5))}, then started again`,
    },
  ];
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/** The schedule as printed at the start of a run. */
export function formatSchedule(faults: ScheduledFault[]): string[] {
  return faults.map(
    (fault) => `  ${mmss(fault.startMs)}  ${fault.kind.padEnd(15)} ${fault.description}`,
  );
}

/** 83_000 → "01:23". */
export function mmss(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
