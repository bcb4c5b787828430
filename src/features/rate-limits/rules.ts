// Rate-limit policies: how many events each counter allows per fixed window. The counting itself
// is rate-limiter-flexible's (limiter.ts), in PostgreSQL or Redis, so these limits are the same on
// every instance.

export interface Policy {
  /** Events allowed per window (the request that is being counted included). */
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;

export const policies = {
  /** Sign-in attempts from one address; generous, since many readers can share one (offices, NAT). */
  signInByIp: { limit: 20, windowSeconds: 15 * MINUTE },
  /** Sign-in attempts for one typed username or email, known or not: the limit reveals nothing. */
  signInByIdentifier: { limit: 5, windowSeconds: 15 * MINUTE },
  /** Sign-in attempts (and current-password checks) for one account, whichever name was typed. */
  signInByAccount: { limit: 5, windowSeconds: 15 * MINUTE },
  passwordResetByEmail: { limit: 3, windowSeconds: 60 * MINUTE },
  passwordResetByIp: { limit: 10, windowSeconds: 60 * MINUTE },
  registrationByIp: { limit: 5, windowSeconds: 60 * MINUTE },
  /** "Someone tried to register with your address" mails to one account. */
  registrationNoticeByAccount: { limit: 1, windowSeconds: 60 * MINUTE },
  commentsByUser: { limit: 5, windowSeconds: 10 * MINUTE },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof policies;

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** "45 seconds", "1 minute", "14 minutes", "2 hours": what the forms say to wait. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}
