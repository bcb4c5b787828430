// How long a session lasts. Read by the session cookie code (src/lib/session-token.ts) and by
// next-auth's options (src/features/users/auth-options.ts); pure, so the rule is tested alone.

/** Sessions last a day, or thirty with "Remember me". */
export const SESSION_HOURS = { short: 24, remembered: 24 * 30 } as const;

/** The longest a session token lives: a remembered session. */
export const SESSION_MAX_AGE_SECONDS = SESSION_HOURS.remembered * 3600;

export function sessionExpiry(authenticatedAt: number, remember: boolean): number {
  return authenticatedAt + (remember ? SESSION_HOURS.remembered : SESSION_HOURS.short) * 3600_000;
}
