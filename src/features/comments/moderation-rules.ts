// Pure rules of the moderation queue: what each decision does to a comment, and whether a change
// is something readers see (only then is the article's comment cache expired).

export const QUEUE_STATUSES = ["PENDING", "APPROVED", "SPAM", "DELETED"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const DECISIONS = ["approve", "spam", "delete"] as const;
export type Decision = (typeof DECISIONS)[number];

export const STATUS_AFTER: Record<Decision, QueueStatus> = {
  approve: "APPROVED",
  spam: "SPAM",
  delete: "DELETED",
};

export const STATUS_LABEL: Record<QueueStatus, string> = {
  PENDING: "Pending",
  APPROVED: "Approved",
  SPAM: "Spam",
  DELETED: "Deleted",
};

/** Readers see approved comments, and deleted ones as "comment deleted" above their replies. */
const PUBLIC_STATUSES: readonly string[] = ["APPROVED", "DELETED"];

export function changesPublicView(before: string, after: string): boolean {
  return before !== after && (PUBLIC_STATUSES.includes(before) || PUBLIC_STATUSES.includes(after));
}

/**
 * Whether a decision applies to a comment in this state. A comment its author deleted has no text
 * left, so it cannot be approved or marked spam; a decision that changes nothing is skipped.
 */
export function decisionApplies(
  comment: { status: string; body: string },
  decision: Decision,
): boolean {
  if (comment.status === STATUS_AFTER[decision]) return false;
  if (decision !== "delete" && comment.body.trim() === "") return false;
  return true;
}

/** The form's submit button value: "<decision>:<comment id>" or "<decision>:selected". */
export type QueueCommand =
  | { kind: "decide"; decision: Decision; target: number | "selected" }
  | { kind: "ban"; commentId: number };

export function parseQueueCommand(value: string): QueueCommand | null {
  const match = /^(approve|spam|delete|ban):(selected|[1-9]\d{0,9})$/.exec(value);
  if (!match) return null;
  const [, verb, target] = match as unknown as [string, string, string];
  if (verb === "ban") {
    return target === "selected" ? null : { kind: "ban", commentId: Number(target) };
  }
  return {
    kind: "decide",
    decision: verb as Decision,
    target: target === "selected" ? "selected" : Number(target),
  };
}

/** Past-tense notices the queue shows after a change (chosen by key, never echoed from a URL). */
export const NOTICES = {
  approved: "Approved",
  spammed: "Marked as spam",
  deleted: "Deleted",
  banned: "User banned; their sessions have ended",
} as const;
export type NoticeKey = keyof typeof NOTICES;

export const NOTICE_OF_DECISION: Record<Decision, NoticeKey> = {
  approve: "approved",
  spam: "spammed",
  delete: "deleted",
};

export const QUEUE_ERRORS = {
  none: "Select at least one comment first.",
  forbidden: "Your role may not do this.",
  signin: "Your session has ended. Sign in again.",
  invalid: "That request was not understood. Reload the page and try again.",
  self: "You cannot ban yourself.",
  gone: "That comment is no longer there.",
  failed: "Something went wrong on our side. Try again in a moment.",
} as const;
export type QueueErrorKey = keyof typeof QUEUE_ERRORS;

export function noticeText(key: string | undefined, count: number): string | null {
  if (!key || !(key in NOTICES)) return null;
  const text = NOTICES[key as NoticeKey];
  if (key === "banned") return `${text}.`;
  return `${text}: ${count} comment${count === 1 ? "" : "s"}.`;
}
