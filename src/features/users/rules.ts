// Account rules shared by the forms (to show them) and the server (to enforce them).

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Shown under the username field, and the source of the errors below. */
export const usernameRulesText = `${USERNAME_MIN}–${USERNAME_MAX} characters: letters, digits, "-" and "_", starting with a letter or digit. Not case-sensitive: "Alice" and "alice" are the same name.`;

/** Words that would let someone pass as the site itself, or collide with our own URLs. */
const RESERVED_USERNAMES = new Set([
  "admin",
  "administrator",
  "root",
  "system",
  "support",
  "help",
  "moderator",
  "coinmela",
  "staff",
  "editor",
  "news-desk",
  "newsdesk",
  "api",
  "account",
  "signin",
  "register",
]);

/** Usernames are stored lowercase: that is what makes them unique case-insensitively. */
export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Emails are compared and stored trimmed and lowercase. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** What the sign-in form's single field holds, in the form it is looked up by. */
export function normalizeIdentifier(value: string): string {
  return value.trim().toLowerCase();
}

/** The problem with a username, or null when it is acceptable (uniqueness is checked apart). */
export function usernameProblem(raw: string): string | null {
  const value = normalizeUsername(raw);
  if (value.length < USERNAME_MIN) return `Use at least ${USERNAME_MIN} characters.`;
  if (value.length > USERNAME_MAX) return `Use at most ${USERNAME_MAX} characters.`;
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(value)) {
    return 'Use only letters, digits, "-" and "_", starting with a letter or digit.';
  }
  if (RESERVED_USERNAMES.has(value)) return "That username is reserved. Choose another.";
  return null;
}

/** The problem with a new password, or null. Identity checks ignore case. */
export function passwordProblem(
  password: string,
  identity: { username?: string; email?: string } = {},
): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lowered = password.trim().toLowerCase();
  const username = identity.username ? normalizeUsername(identity.username) : "";
  const email = identity.email ? normalizeEmail(identity.email) : "";
  if (username && lowered === username) return "Your password cannot be your username.";
  if (email && (lowered === email || lowered === email.split("@")[0])) {
    return "Your password cannot be your email address.";
  }
  if (new Set(password).size < 4) return "Use more different characters.";
  return null;
}

export type PasswordStrength = "weak" | "fair" | "good" | "strong";

/**
 * A rough strength hint for the form: length counts most, then variety of character kinds.
 * It is advice only; the hard rules are in passwordProblem.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length < PASSWORD_MIN) return "weak";
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) =>
    re.test(password),
  ).length;
  const distinct = new Set(password).size;
  let score = 0;
  if (password.length >= 12) score++;
  if (password.length >= 16) score++;
  if (kinds >= 3) score++;
  if (distinct >= 8) score++;
  if (score >= 4) return "strong";
  if (score >= 2) return "good";
  return "fair";
}

/** Only paths on this site: an absolute or protocol-relative URL would be an open redirect. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  let candidate = value.trim();
  if (/^https?:\/\//i.test(candidate)) {
    // next-auth style absolute callback URLs: keep only the path of same-site ones is not
    // checkable here (no origin), so strip to the path and let the checks below decide.
    try {
      const url = new URL(candidate);
      candidate = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  if (/[\u0000-\u001f]/.test(candidate) || candidate.length > 500) return fallback;
  // Returning to an auth page after signing in would loop.
  if (/^\/(signin|register|forgot-password|reset-password)(\/|\?|#|$)/.test(candidate)) {
    return fallback;
  }
  return candidate;
}

/** The one answer to a reset request, whether or not the account exists. */
export const RESET_SENT =
  "If an account exists for that email address, we have sent it a link to reset the password. The link works once, for an hour.";
