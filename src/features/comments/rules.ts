// Pure rules of comments: body rendering, moderation, who may change what, threading.

export const BODY_MAX = 5000;
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
/** A form posted sooner than this after it was rendered is a script, not a reader. */
export const MIN_FILL_MS = 3000;
/** Comments with this many links or more wait for a moderator. */
export const HELD_LINK_COUNT = 3;

export type Segment = { type: "text"; text: string } | { type: "link"; href: string; text: string };
/** A paragraph is lines; a line is segments. */
export type Paragraph = Segment[][];

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** Trailing punctuation is part of the sentence, not the URL (a closing paren only if unbalanced). */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1);
    if (!last) return result;
    if (".,;:!?'\"".includes(last)) {
      result = result.slice(0, -1);
    } else if (
      last === ")" &&
      (result.match(/\(/g)?.length ?? 0) < (result.match(/\)/g)?.length ?? 0)
    ) {
      result = result.slice(0, -1);
    } else {
      return result;
    }
  }
}

function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function linkify(line: string): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    if (!isSafeHttpUrl(url)) continue;
    if (start > position) segments.push({ type: "text", text: line.slice(position, start) });
    segments.push({ type: "link", href: url, text: url });
    position = start + url.length;
  }
  if (position < line.length) segments.push({ type: "text", text: line.slice(position) });
  return segments;
}

/**
 * A comment body as paragraphs (split on blank lines) of lines of text and links. Everything is
 * data: the component renders text as React text nodes, so no markup in a body ever becomes HTML.
 */
export function parseCommentBody(body: string): Paragraph[] {
  return normalizeBody(body)
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== "")
    .map((block) => block.split("\n").map(linkify));
}

/** Line endings unified, invisible control characters dropped, outer whitespace trimmed. */
export function normalizeBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .trim();
}

export function countLinks(body: string): number {
  return parseCommentBody(body)
    .flat(2)
    .filter((segment) => segment.type === "link").length;
}

export type Role = "READER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

export const isModerator = (role: Role | string) => role === "EDITOR" || role === "ADMIN";

/** The status a new comment gets (an edited one: statusAfterEdit). */
export function moderationStatus(input: {
  role: Role | string;
  /** Whether the author has had a comment approved before. */
  hasApprovedComment: boolean;
  body: string;
}): "APPROVED" | "PENDING" {
  if (isModerator(input.role)) return "APPROVED";
  if (!input.hasApprovedComment) return "PENDING"; // a new account's first comment
  if (countLinks(input.body) >= HELD_LINK_COUNT) return "PENDING";
  return "APPROVED";
}

/**
 * The status a comment gets when its author edits it. An edit may lower a status but never raise
 * it: the author cannot undo a moderator's decision (SPAM) or skip the queue (PENDING) by saving
 * new text. Only an approved comment is checked again, and its own approval is the author's track
 * record, so what can send it back to the queue is the new body (e.g. too many links).
 */
export function statusAfterEdit<Status extends string>(input: {
  current: Status;
  role: Role | string;
  body: string;
}): Status | "APPROVED" | "PENDING" {
  if (input.current !== "APPROVED") return input.current;
  return moderationStatus({ role: input.role, hasApprovedComment: true, body: input.body });
}

export function canEdit(
  comment: { authorId: number; createdAt: Date; status: string },
  userId: number,
  now: Date,
): boolean {
  return (
    comment.authorId === userId &&
    comment.status !== "DELETED" &&
    now.getTime() - comment.createdAt.getTime() <= EDIT_WINDOW_MS
  );
}

export function canDelete(
  comment: { authorId: number; status: string },
  user: { id: number; role: Role | string },
): boolean {
  return comment.status !== "DELETED" && (comment.authorId === user.id || isModerator(user.role));
}

/** Whether a form's render time is far enough in the past (or unknown to be recent). */
export function filledTooFast(renderedAt: number, now: number): boolean {
  return now - renderedAt < MIN_FILL_MS;
}

export interface ThreadItem {
  id: number;
  parentId: number | null;
  createdAt: string | Date;
}
export type ThreadNode<T extends ThreadItem> = T & { replies: ThreadNode<T>[] };

/**
 * Builds the reply tree. Top-level comments follow `order`; replies always read oldest first,
 * as a conversation. A reply whose parent is not shown is shown at the top level.
 */
export function buildThread<T extends ThreadItem>(
  items: T[],
  order: "oldest" | "newest",
): ThreadNode<T>[] {
  const time = (item: T) => new Date(item.createdAt).getTime();
  const nodes = new Map<number, ThreadNode<T>>();
  for (const item of [...items].sort((a, b) => time(a) - time(b) || a.id - b.id)) {
    nodes.set(item.id, { ...item, replies: [] });
  }
  const roots: ThreadNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return order === "newest" ? roots.reverse() : roots;
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date. */
export function relativeTime(date: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days} day${days === 1 ? "" : "s"} ago`;
  return date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
}

/**
 * Deleted comments stay as "comment deleted" only where they hold up replies that are still shown;
 * a deleted comment with nothing under it disappears.
 */
export function pruneDeleted<T extends ThreadItem & { status: string }>(items: T[]): T[] {
  const children = new Map<number, T[]>();
  for (const item of items) {
    if (item.parentId !== null)
      children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  }
  const memo = new Map<number, boolean>();
  const shown = (item: T, depth = 0): boolean => {
    if (item.status !== "DELETED") return true;
    if (depth > 100) return false;
    const known = memo.get(item.id);
    if (known !== undefined) return known;
    const result = (children.get(item.id) ?? []).some((child) => shown(child, depth + 1));
    memo.set(item.id, result);
    return result;
  };
  return items.filter((item) => shown(item));
}
