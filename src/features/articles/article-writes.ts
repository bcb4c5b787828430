import "server-only";
import { can, canEditArticle } from "@/lib/permissions";
import { recordAudit } from "@/lib/audit-log";
import { getSiteSettings } from "@/features/settings/data";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, type StaffUser } from "@/lib/admin-guard";
import { db } from "@/lib/db";
import { afterArticleChange } from "./after-change";
import { type EditorArticle, editorArticle, latestRevisionBy } from "./admin-queries";
import { readArticleSnapshot } from "./refresh";
import { renderMarkdown } from "./render";
import {
  articleFieldErrors,
  articleVersionSchema,
  saveArticleSchema,
  scheduleArticleSchema,
} from "./schemas";
import { slugify } from "./slug-rules";
import { articleUrl } from "./urls";
import {
  type ArticleStatus,
  permissionForStep,
  publicationDates,
  scheduleProblem,
  statusAfterStep,
  stepProblem,
  type WorkflowStep,
} from "./workflow-rules";
import { zonedTimeToInstant } from "@/lib/zoned-time";
import { logger } from "@/lib/logger";

// Every change an editor makes to an article goes through here: validate → authenticate →
// authorize (role AND this article) → a version-checked write with its revision, redirect and
// audit entry in one transaction → the public pages it touched are refreshed.
//
// Conflicts: each save names the version it started from, and the write is conditional on it
// (UPDATE ... WHERE id = ? AND version = ?, version + 1). A save from a stale version changes
// nothing and answers "conflict" with the current article, so the editor can show both.

export type ArticleResult =
  | { status: "ok"; message: string; article: EditorArticle }
  | { status: "deleted"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string> }
  | {
      status: "conflict";
      message: string;
      /** The article as it is now, saved by someone else since the editor's version. */
      theirs: EditorArticle;
    }
  /** 401: session ended; 403: not allowed; 404: the article is gone. */
  | { status: "refused"; code: 401 | 403 | 404; message: string }
  | { status: "error"; message: string };

const GENERIC = "Something went wrong on our side. Your text is kept here; try again in a moment.";

const DONE: Record<Exclude<WorkflowStep, "delete">, string> = {
  save: "Saved.",
  submit: "Submitted for review.",
  publish: "Published.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: the article is a draft again and gone from the site.",
  archive: "Archived.",
};

class VersionConflict extends Error {}

const currentSelect = {
  id: true,
  version: true,
  status: true,
  slug: true,
  kind: true,
  title: true,
  dek: true,
  bodySource: true,
  publishedAt: true,
  contentUpdatedAt: true,
  scheduledFor: true,
  authors: { select: { userId: true } },
} as const satisfies Prisma.ArticleSelect;

type CurrentArticle = Prisma.ArticleGetPayload<{ select: typeof currentSelect }>;

/** The fields worth keeping in the audit log for an article change. */
function auditView(article: {
  status: string;
  slug: string;
  title: string;
  version: number;
  publishedAt: Date | string | null;
  scheduledFor: Date | string | null;
}): Prisma.InputJsonValue {
  const iso = (value: Date | string | null) =>
    value === null ? null : new Date(value).toISOString();
  return {
    status: article.status,
    slug: article.slug,
    title: article.title,
    version: article.version,
    publishedAt: iso(article.publishedAt),
    scheduledFor: iso(article.scheduledFor),
  };
}

async function conflict(id: number): Promise<ArticleResult> {
  const [theirs, last] = await Promise.all([editorArticle(id), latestRevisionBy(id)]);
  if (!theirs) return { status: "refused", code: 404, message: "This article no longer exists." };
  const who = last?.editor?.name ? ` by ${last.editor.name}` : "";
  return {
    status: "conflict",
    message:
      `Someone else saved this article${who} after you opened it (now version ${theirs.version}). ` +
      "Nothing was overwritten: compare their version with yours, then keep yours or take theirs.",
    theirs,
  };
}

async function gatekeep(
  step: WorkflowStep,
  isNew: boolean,
): Promise<{ ok: true; user: StaffUser } | { ok: false; refused: ArticleResult }> {
  const auth = await authorize(permissionForStep(step, isNew));
  if (!auth.ok) {
    return { ok: false, refused: { status: "refused", code: auth.status, message: auth.message } };
  }
  // Publishing, scheduling or submitting a brand-new article also creates it.
  if (isNew && step !== "save" && !can(auth.user.role, "article.create")) {
    return {
      ok: false,
      refused: { status: "refused", code: 403, message: "Your role may not do this." },
    };
  }
  return { ok: true, user: auth.user };
}

async function loadForUser(
  id: number,
  user: StaffUser,
): Promise<{ article: CurrentArticle } | { refused: ArticleResult }> {
  const article = await db.article.findUnique({ where: { id }, select: currentSelect });
  if (!article) {
    return { refused: { status: "refused", code: 404, message: "This article no longer exists." } };
  }
  if (
    !canEditArticle(user, {
      authorIds: article.authors.map((a) => a.userId),
      status: article.status,
    })
  ) {
    return {
      refused: {
        status: "refused",
        code: 403,
        message:
          article.status === "DRAFT" || article.status === "IN_REVIEW"
            ? "You can edit only articles you are an author of."
            : "This article is past review: only editors can change it now.",
      },
    };
  }
  return { article };
}

/** Checks the references of a save against the database; field errors for what is wrong. */
async function checkReferences(
  fields: {
    slug: string;
    categoryId: number;
    tagIds: number[];
    newTags: string[];
    authorIds: number[];
    featuredImageId: number | null;
  },
  articleId: number | null,
  user: StaffUser,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const [slugOwner, category, tags, authors, media] = await Promise.all([
    db.article.findUnique({ where: { slug: fields.slug }, select: { id: true } }),
    db.category.findUnique({ where: { id: fields.categoryId }, select: { id: true } }),
    db.tag.count({ where: { id: { in: fields.tagIds } } }),
    db.user.findMany({
      where: { id: { in: fields.authorIds }, banned: false },
      select: { id: true, role: true, _count: { select: { articles: true } } },
    }),
    fields.featuredImageId === null
      ? null
      : db.media.findUnique({ where: { id: fields.featuredImageId }, select: { id: true } }),
  ]);
  if (slugOwner && slugOwner.id !== articleId) {
    errors.slug = "Another article already uses this slug. Change it to something unique.";
  }
  if (!category) errors.categoryId = "Pick a category from the list.";
  if (tags !== new Set(fields.tagIds).size) errors.tagIds = "One of the tags no longer exists.";
  if (fields.newTags.length > 0 && !can(user.role, "tag.manage")) {
    errors.tagIds = "Only editors can create new tags. Pick existing ones.";
  }
  if (fields.newTags.some((name) => slugify(name) === "")) {
    errors.tagIds = "A tag name needs at least one letter or digit.";
  }
  const bylines = authors.filter((a) => a.role !== "READER" || a._count.articles > 0);
  if (bylines.length !== fields.authorIds.length) {
    errors.authorIds = "Pick authors from the list of staff and bylines.";
  }
  if (fields.featuredImageId !== null && !media) {
    errors.featuredImageId = "That image is no longer in the media library.";
  }
  return errors;
}

/** A save (and maybe a status step) of an article's fields: create, or update from a version. */
export async function commitArticle(
  step: Exclude<WorkflowStep, "unpublish" | "archive" | "delete">,
  input: unknown,
  options: { auditAction?: string; restoredFrom?: number } = {},
): Promise<ArticleResult> {
  const parsed = (step === "schedule" ? scheduleArticleSchema : saveArticleSchema).safeParse(input);
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Some fields need attention.",
      fieldErrors: articleFieldErrors(parsed.error),
    };
  }
  const { id, version } = parsed.data;
  const fields = { ...parsed.data.fields };
  const isNew = id === null;
  const gate = await gatekeep(step, isNew);
  if (!gate.ok) return gate.refused;
  const { user } = gate;

  try {
    let current: CurrentArticle | null = null;
    if (!isNew) {
      const loaded = await loadForUser(id, user);
      if ("refused" in loaded) return loaded.refused;
      current = loaded.article;
      if (version === null) {
        return {
          status: "invalid",
          message: "The save did not say which version it edits.",
          fieldErrors: {},
        };
      }
      if (current.version !== version) return conflict(id);
    }
    const status: ArticleStatus = current?.status ?? "DRAFT";
    const problem = stepProblem(step, status);
    if (problem) return { status: "invalid", message: problem, fieldErrors: {} };

    // A contributor stays an author of what they write, or they could not open it again.
    if (!can(user.role, "article.editAny") && !fields.authorIds.includes(user.id)) {
      fields.authorIds = [...fields.authorIds, user.id];
    }
    const errors = await checkReferences(fields, id, user);
    let scheduledFor: Date | null = null;
    if (step === "schedule") {
      const { scheduleDate, scheduleTime } = scheduleArticleSchema.parse(input);
      const { timeZone } = await getSiteSettings();
      const when = zonedTimeToInstant(scheduleDate, scheduleTime, timeZone);
      const whenProblem = when ? scheduleProblem(when, new Date()) : "Enter a valid date and time.";
      if (whenProblem) errors.scheduleDate = whenProblem;
      scheduledFor = when;
    }
    if (Object.keys(errors).length > 0) {
      return { status: "invalid", message: "Some fields need attention.", fieldErrors: errors };
    }

    const before = isNew ? null : await readArticleSnapshot(id);
    const nextStatus = statusAfterStep(step, status);
    const now = new Date();
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
      now,
    });
    const body = renderMarkdown(fields.bodySource);
    const data = {
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

    const saved = await db.$transaction(async (tx) => {
      let articleId: number;
      let newVersion: number;
      if (current === null) {
        const created = await tx.article.create({ data, select: { id: true, version: true } });
        articleId = created.id;
        newVersion = created.version;
      } else {
        const updated = await tx.article.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new VersionConflict();
        articleId = current.id;
        newVersion = current.version + 1;
      }
      const tagIds = [...new Set(fields.tagIds)];
      for (const name of fields.newTags) {
        const slug = slugify(name);
        const tag = await tx.tag.upsert({
          where: { slug },
          create: { slug, name },
          update: {},
          select: { id: true },
        });
        if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
      }
      await tx.articleTag.deleteMany({ where: { articleId } });
      await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId, tagId })) });
      await tx.articleAuthor.deleteMany({ where: { articleId } });
      await tx.articleAuthor.createMany({
        data: fields.authorIds.map((userId, position) => ({ articleId, userId, position })),
      });
      await tx.articleRevision.create({
        data: {
          articleId,
          editorId: user.id,
          version: newVersion,
          title: fields.title,
          dek: fields.dek,
          bodySource: fields.bodySource,
          snapshot: {
            slug: fields.slug,
            kind: fields.kind,
            status: nextStatus,
            categoryId: fields.categoryId,
            tagIds: [...tagIds].sort((a, b) => a - b),
            authorIds: fields.authorIds,
            featuredImageId: fields.featuredImageId,
            featuredImageCaption: fields.featuredImageCaption,
            seoTitle: fields.seoTitle,
            seoDescription: fields.seoDescription,
            sponsored: fields.sponsored,
            sponsorName: fields.sponsorName,
            ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
          },
        },
      });
      const newPath = articleUrl({ slug: fields.slug, kind: fields.kind });
      // Renamed back to an old slug: its redirect to this same article would be a loop. (Another
      // article's redirect from this path stays: while this one is not live it still answers.)
      await tx.redirect.deleteMany({ where: { fromPath: newPath, articleId } });
      // A live article's old URL keeps working: it redirects to wherever the article is now.
      if (current && current.status === "PUBLISHED" && current.slug !== fields.slug) {
        const oldPath = articleUrl(current);
        await tx.redirect.upsert({
          where: { fromPath: oldPath },
          create: { fromPath: oldPath, articleId, statusCode: 301 },
          update: { articleId, toPath: null, statusCode: 301 },
        });
      }
      await recordAudit(
        {
          actorId: user.id,
          action:
            options.auditAction ??
            `article.${step === "save" ? (isNew ? "create" : "update") : step}`,
          entityType: "article",
          entityId: articleId,
          before: current ? auditView(current) : null,
          after: {
            ...(auditView({ ...data, version: newVersion }) as Record<string, unknown>),
            ...(options.restoredFrom ? { restoredFromRevision: options.restoredFrom } : {}),
          } as Prisma.InputJsonValue,
        },
        tx,
      );
      return articleId;
    });

    const after = await readArticleSnapshot(saved);
    await afterArticleChange({ articleId: saved, actorId: user.id, before, after });
    const article = await editorArticle(saved);
    if (!article)
      return { status: "refused", code: 404, message: "This article no longer exists." };
    return { status: "ok", message: DONE[step], article };
  } catch (error) {
    if (error instanceof VersionConflict && id !== null) return conflict(id);
    if ((error as { code?: string }).code === "P2002") {
      return {
        status: "invalid",
        message: "Some fields need attention.",
        fieldErrors: {
          slug: "Another article already uses this slug. Change it to something unique.",
        },
      };
    }
    logger().error({ err: error }, `[articles] ${step} failed`);
    return { status: "error", message: GENERIC };
  }
}

/** Steps that change only the status (unpublish, archive) or remove the article (delete). */
export async function changeArticleStatus(
  step: "unpublish" | "archive" | "delete",
  input: unknown,
): Promise<ArticleResult> {
  const parsed = articleVersionSchema.safeParse(input);
  if (!parsed.success) {
    return { status: "invalid", message: "That request was not valid.", fieldErrors: {} };
  }
  const { id, version } = parsed.data;
  const gate = await gatekeep(step, false);
  if (!gate.ok) return gate.refused;
  const { user } = gate;
  try {
    const loaded = await loadForUser(id, user);
    if ("refused" in loaded) return loaded.refused;
    const current = loaded.article;
    if (current.version !== version) return conflict(id);
    const problem = stepProblem(step, current.status);
    if (problem) return { status: "invalid", message: problem, fieldErrors: {} };
    const before = await readArticleSnapshot(id);

    if (step === "delete") {
      await db.$transaction(async (tx) => {
        const removed = await tx.article.deleteMany({ where: { id, version } });
        if (removed.count !== 1) throw new VersionConflict();
        await recordAudit(
          {
            actorId: user.id,
            action: "article.delete",
            entityType: "article",
            entityId: id,
            before: auditView(current),
            after: null,
          },
          tx,
        );
      });
      await afterArticleChange({ articleId: id, actorId: user.id, before, after: null });
      return { status: "deleted", message: `Deleted “${current.title}”.` };
    }

    const nextStatus = statusAfterStep(step, current.status);
    await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id, version },
        data: { status: nextStatus, scheduledFor: null, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new VersionConflict();
      await recordAudit(
        {
          actorId: user.id,
          action: `article.${step}`,
          entityType: "article",
          entityId: id,
          before: auditView(current),
          after: auditView({
            ...current,
            status: nextStatus,
            scheduledFor: null,
            version: version + 1,
          }),
        },
        tx,
      );
    });
    const after = await readArticleSnapshot(id);
    await afterArticleChange({ articleId: id, actorId: user.id, before, after });
    const article = await editorArticle(id);
    if (!article)
      return { status: "refused", code: 404, message: "This article no longer exists." };
    return { status: "ok", message: DONE[step], article };
  } catch (error) {
    if (error instanceof VersionConflict) return conflict(id);
    logger().error({ err: error }, `[articles] ${step} failed`);
    return { status: "error", message: GENERIC };
  }
}
