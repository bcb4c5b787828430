// Rate-limit policies and the arithmetic of a fixed window. The counters live in Postgres
// (store.ts), so these rules are the same on every instance.

export interface Policy {
  /** Requests (or failures) allowed per window. */
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;

export const policies = {
  /** Failed sign-ins from one address; generous, since many readers can share one (offices, NAT). */
  signInByIp: { limit: 20, windowSeconds: 15 * MINUTE },
  /** Failed sign-ins for one username/email, from anywhere: stops guessing one account's password. */
  signInByAccount: { limit: 5, windowSeconds: 15 * MINUTE },
  passwordResetByEmail: { limit: 3, windowSeconds: 60 * MINUTE },
  passwordResetByIp: { limit: 10, windowSeconds: 60 * MINUTE },
  registrationByIp: { limit: 5, windowSeconds: 60 * MINUTE },
  commentsByUser: { limit: 5, windowSeconds: 10 * MINUTE },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof policies;

export interface WindowState {
  count: number;
  windowStart: Date;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether a window has run out, so that the next request starts a new one. */
export function windowExpired(state: WindowState, policy: Policy, now: Date): boolean {
  return now.getTime() - state.windowStart.getTime() >= policy.windowSeconds * 1000;
}

/**
 * Whether a request is allowed given the counter (which already includes the request when it was
 * just counted, see `countIncludesThis`), and if not, how long until the window ends.
 */
export function decide(
  state: WindowState | null,
  policy: Policy,
  now: Date,
  countIncludesThis: boolean,
): Decision {
  if (!state || windowExpired(state, policy, now)) return { allowed: true };
  const used = countIncludesThis ? state.count - 1 : state.count;
  if (used < policy.limit) return { allowed: true };
  const endsAt = state.windowStart.getTime() + policy.windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}

/** "45 seconds", "1 minute", "14 minutes", "2 hours": what the forms say to wait. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}
