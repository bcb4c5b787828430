import type { AdminAction } from "@/lib/permissions";

// The editorial workflow of an article as pure rules: which step needs which permission, which
// steps make sense from which status, where each leads, and which dates it sets. The server
// actions (admin-actions.ts) apply them; the editor uses the same rules to decide which buttons
// to show, so a hidden button and a refused call always agree.

export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

/** The steps that save the article's fields too (and create it when it is new). */
export const SAVE_STEPS = ["save", "submit", "publish", "schedule"] as const;
export type SaveStep = (typeof SAVE_STEPS)[number];
/** The steps that change only the status, or remove the article. */
export type StatusStep = "unpublish" | "archive" | "delete";
export type WorkflowStep = SaveStep | StatusStep;

/** What the editor says once a step is done (a deletion names the article it removed). */
export const STEP_DONE: Record<Exclude<WorkflowStep, "delete">, string> = {
  save: "Saved.",
  submit: "Submitted for review.",
  publish: "Published.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: the article is a draft again and gone from the site.",
  archive: "Archived.",
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

/** The permission a step needs. Saving a new article is creating it; saving an existing one is
 * editing it (whether the user may edit that article is canEditArticle's question). */
export function permissionForStep(step: WorkflowStep, isNew: boolean): AdminAction {
  switch (step) {
    case "save":
      return isNew ? "article.create" : "article.editOwn";
    case "submit":
      return "article.submit";
    case "publish":
      return "article.publish";
    case "schedule":
      return "article.schedule";
    case "unpublish":
      return "article.unpublish";
    case "archive":
      return "article.archive";
    case "delete":
      return "article.delete";
  }
}

/** Why `step` cannot be taken from `status`, or null when it can. */
export function stepProblem(step: WorkflowStep, status: ArticleStatus): string | null {
  switch (step) {
    case "save":
    case "publish":
    case "delete":
      return null;
    case "submit":
      return status === "DRAFT" || status === "IN_REVIEW"
        ? null
        : "Only drafts can be submitted for review.";
    case "schedule":
      return status === "PUBLISHED"
        ? "This article is live already. Unpublish it first to schedule it."
        : null;
    case "unpublish":
      return status === "PUBLISHED" || status === "SCHEDULED"
        ? null
        : "Only published or scheduled articles can be unpublished.";
    case "archive":
      return status === "ARCHIVED" ? "This article is archived already." : null;
  }
}

/** The status an article has after `step`. */
export function statusAfterStep(step: Exclude<WorkflowStep, "delete">, status: ArticleStatus) {
  const next: Record<typeof step, ArticleStatus> = {
    save: status,
    submit: "IN_REVIEW",
    publish: "PUBLISHED",
    schedule: "SCHEDULED",
    unpublish: "DRAFT",
    archive: "ARCHIVED",
  };
  return next[step];
}

export interface PublicationDates {
  publishedAt: Date | null;
  contentUpdatedAt: Date | null;
  scheduledFor: Date | null;
}

/**
 * The dates an article carries after a change. publishedAt is the FIRST publication and never
 * moves afterwards (a republished article keeps its date); contentUpdatedAt ("Last updated") is
 * set when the content of a live article changes; scheduledFor only means something while the
 * article is scheduled.
 */
export function publicationDates(input: {
  before: { status: ArticleStatus } & PublicationDates;
  nextStatus: ArticleStatus;
  contentChanged: boolean;
  scheduledFor?: Date | null;
  now: Date;
}): PublicationDates {
  const { before, nextStatus, contentChanged, now } = input;
  const wasLive = before.status === "PUBLISHED";
  const isLive = nextStatus === "PUBLISHED";
  return {
    publishedAt: isLive ? (before.publishedAt ?? now) : before.publishedAt,
    contentUpdatedAt: wasLive && isLive && contentChanged ? now : before.contentUpdatedAt,
    scheduledFor: nextStatus === "SCHEDULED" ? (input.scheduledFor ?? before.scheduledFor) : null,
  };
}

/** Why a schedule time is not acceptable, or null. */
export function scheduleProblem(when: Date, now: Date): string | null {
  if (Number.isNaN(when.getTime())) return "Enter a valid date and time.";
  if (when.getTime() <= now.getTime()) return "Pick a time in the future.";
  return null;
}

/** The steps a user with `allowed` permissions may take on an article in `status`. */
export function availableSteps(
  status: ArticleStatus | null,
  allowed: (action: AdminAction) => boolean,
): WorkflowStep[] {
  const steps: WorkflowStep[] = [
    "save",
    "submit",
    "publish",
    "schedule",
    "unpublish",
    "archive",
    "delete",
  ];
  return steps.filter((step) => {
    if (status === null) {
      // A new article: it can be saved, submitted, published or scheduled on its first save.
      if (!(SAVE_STEPS as readonly WorkflowStep[]).includes(step)) return false;
      return allowed(permissionForStep(step, true)) && allowed(permissionForStep(step, false));
    }
    return allowed(permissionForStep(step, false)) && stepProblem(step, status) === null;
  });
}
