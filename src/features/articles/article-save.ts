import "server-only";
import type { z } from "zod";
import { getSiteSettings } from "@/features/settings/data";
import type { CurrentUser } from "@/lib/auth";
import { forbidden, invalid } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { zonedTimeToInstant } from "@/lib/zoned-time";
import {
  type ArticleDone,
  auditView,
  editableArticle,
  finishChange,
  versionConflict,
  type WriteContext,
} from "./article-writes";
import type { CurrentArticle } from "./editor-queries";
import { referencesOf } from "./editor-queries";
import { writeArticle } from "./mutations";
import { readArticleSnapshot } from "./after-change";
import { renderMarkdown } from "./render";
import { FIELDS_MESSAGE, type saveArticleSchema } from "./schemas";
import { slugify } from "./slug-rules";
import { articleUrl } from "./urls";
import {
  type ArticleStatus,
  publicationDates,
  type SaveStep,
  scheduleProblem,
  STEP_DONE,
  statusAfterStep,
  stepProblem,
} from "./workflow-rules";

// Saving an article's fields, with or without a status step (submit, publish, schedule): create a
// new article, or update one from the version the editor started from, with its revision,
// redirects and audit entry in one transaction (mutations.ts); then its public pages refresh.

const SLUG_TAKEN = "Another article already uses this slug. Change it to something unique.";

/** For the chain: the database's unique slug refusing a save that raced another. */
export const SAVE_UNIQUE = { slug: SLUG_TAKEN };

type SaveInput = z.output<typeof saveArticleSchema> & {
  scheduleDate?: string;
  scheduleTime?: string;
};
type Fields = SaveInput["fields"];

/** Field errors for the references of a save the database does not have (or `user` may not add). */
async function referenceProblems(fields: Fields, articleId: number | null, user: CurrentUser) {
  const errors: Record<string, string> = {};
  const found = await referencesOf(fields);
  if (found.slugOwnerId !== null && found.slugOwnerId !== articleId) errors.slug = SLUG_TAKEN;
  if (!found.categoryExists) errors.categoryId = "Pick a category from the list.";
  if (found.tagCount !== new Set(fields.tagIds).size) {
    errors.tagIds = "One of the tags no longer exists.";
  }
  if (fields.newTags.length > 0 && !can(user.role, "tag.manage")) {
    errors.tagIds = "Only editors can create new tags. Pick existing ones.";
  }
  if (fields.newTags.some((name) => slugify(name) === "")) {
    errors.tagIds = "A tag name needs at least one letter or digit.";
  }
  if (found.bylineCount !== fields.authorIds.length) {
    errors.authorIds = "Pick authors from the list of staff and bylines.";
  }
  if (fields.featuredImageId !== null && !found.imageExists) {
    errors.featuredImageId = "That image is no longer in the media library.";
  }
  return errors;
}

/** The instant a schedule names in the site's time zone; a problem with it goes into `errors`. */
async function scheduledInstant(input: SaveInput, errors: Record<string, string>) {
  const { timeZone } = await getSiteSettings();
  const when = zonedTimeToInstant(input.scheduleDate ?? "", input.scheduleTime ?? "", timeZone);
  const problem = when ? scheduleProblem(when, new Date()) : "Enter a valid date and time.";
  if (problem) errors.scheduleDate = problem;
  return when;
}

/** The article `input` edits as it is now (null: a new one), once checked it may be saved. */
async function startingPoint(step: SaveStep, input: SaveInput, user: CurrentUser) {
  if (input.id === null) {
    // Publishing, scheduling or submitting a brand-new article also creates it.
    if (step !== "save" && !can(user.role, "article.create")) throw forbidden();
    return null;
  }
  return editableArticle(input.id, user, input.version);
}

/** The article's columns after the save. */
function articleColumns(
  fields: Fields,
  current: CurrentArticle | null,
  nextStatus: ArticleStatus,
  scheduledFor: Date | null,
) {
  const status: ArticleStatus = current?.status ?? "DRAFT";
  const contentChanged =
    current === null ||
    current.title !== fields.title ||
    current.dek !== fields.dek ||
    current.bodySource !== fields.bodySource;
  const dates = publicationDates({
    before: current ?? { status, publishedAt: null, contentUpdatedAt: null, scheduledFor: null },
    nextStatus,
    contentChanged,
    scheduledFor,
    now: new Date(),
  });
  const body = renderMarkdown(fields.bodySource);
  return {
    slug: fields.slug,
    title: fields.title,
    dek: fields.dek,
    bodySource: fields.bodySource,
    bodyHtml: body.html,
    bodyText: body.text,
    kind: fields.kind,
    status: nextStatus,
    categoryId: fields.categoryId,
    featuredImageId: fields.featuredImageId,
    featuredImageCaption: fields.featuredImageCaption || null,
    seoTitle: fields.seoTitle || null,
    seoDescription: fields.seoDescription || null,
    sponsored: fields.sponsored,
    sponsorName: fields.sponsored ? fields.sponsorName : null,
    ...dates,
  };
}

/** A save (and maybe a status step) of an article's fields: create, or update from a version. */
export async function saveArticle(
  step: SaveStep,
  input: SaveInput,
  ctx: WriteContext,
  options: { auditAction?: string; restoredFrom?: number } = {},
): Promise<ArticleDone> {
  const { user } = ctx;
  const current = await startingPoint(step, input, user);
  const status: ArticleStatus = current?.status ?? "DRAFT";
  const problem = stepProblem(step, status);
  if (problem) throw invalid(problem);

  const fields = { ...input.fields };
  // A contributor stays an author of what they write, or they could not open it again.
  if (!can(user.role, "article.editAny") && !fields.authorIds.includes(user.id)) {
    fields.authorIds = [...fields.authorIds, user.id];
  }
  const errors = await referenceProblems(fields, input.id, user);
  const scheduledFor = step === "schedule" ? await scheduledInstant(input, errors) : null;
  if (Object.keys(errors).length > 0) throw invalid(FIELDS_MESSAGE, errors);

  const before = current ? await readArticleSnapshot(current.id) : null;
  const nextStatus = statusAfterStep(step, status);
  const data = articleColumns(fields, current, nextStatus, scheduledFor);
  const restored = options.restoredFrom ? { restoredFrom: options.restoredFrom } : {};
  const savedId = await writeArticle({
    current,
    data,
    tagIds: fields.tagIds,
    newTags: fields.newTags.map((name) => ({ slug: slugify(name), name })),
    authorIds: fields.authorIds,
    revision: {
      editorId: user.id,
      snapshot: {
        slug: fields.slug,
        kind: fields.kind,
        status: nextStatus,
        categoryId: fields.categoryId,
        authorIds: fields.authorIds,
        featuredImageId: fields.featuredImageId,
        featuredImageCaption: fields.featuredImageCaption,
        seoTitle: fields.seoTitle,
        seoDescription: fields.seoDescription,
        sponsored: fields.sponsored,
        sponsorName: fields.sponsorName,
        ...restored,
      },
    },
    newPath: articleUrl(fields),
    redirectFrom:
      current?.status === "PUBLISHED" && current.slug !== fields.slug ? articleUrl(current) : null,
    audit: (tx, saved) =>
      ctx.audit(
        {
          action:
            options.auditAction ??
            `article.${step === "save" ? (current ? "update" : "create") : step}`,
          entityType: "article",
          entityId: saved.id,
          before: current ? auditView(current) : null,
          after: {
            ...auditView({ ...data, version: saved.version }),
            ...(options.restoredFrom ? { restoredFromRevision: options.restoredFrom } : {}),
          },
        },
        tx,
      ),
  });
  if (savedId === null) throw await versionConflict(input.id!);
  return finishChange(savedId, user, before, STEP_DONE[step]);
}
