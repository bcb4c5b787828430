import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { ArticleStatus } from "./workflow-rules";

// The editor's writes to the database. Each is one transaction, conditional on the version the
// editor started from (UPDATE … WHERE id = ? AND version = ?): when someone else saved in
// between, nothing is written and the write answers null/false, for the caller to report a
// conflict. The audit entry is written inside the same transaction (`audit`), so it exists
// exactly when the change does.

/** Writes the audit entry of a change, inside its transaction. */
export type AuditWrite = (
  tx: Prisma.TransactionClient,
  saved: { id: number; version: number },
) => Promise<void>;

/** Thrown inside a transaction to roll it back when the version moved on. */
class VersionMoved extends Error {}

async function versioned<T>(
  write: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | null> {
  try {
    return await db.$transaction(write);
  } catch (error) {
    if (error instanceof VersionMoved) return null;
    throw error;
  }
}

export interface ArticleWrite {
  /** The article and version the save starts from; null creates a new article. */
  current: { id: number; version: number } | null;
  /** The article's own columns. */
  data: Omit<Prisma.ArticleUncheckedCreateInput, "version"> & { dek: string; bodySource: string };
  tagIds: number[];
  /** Tags to create (or reuse, when the slug exists already) and attach. */
  newTags: { slug: string; name: string }[];
  /** In byline order. */
  authorIds: number[];
  revision: {
    editorId: number;
    /** The revision's copy of the other fields; the final tag ids are added here. */
    snapshot: Prisma.InputJsonObject;
  };
  /** The article's public path after the save: a redirect from it to this article goes. */
  newPath: string;
  /** The path to redirect from, when a live article moves away from it. */
  redirectFrom: string | null;
  audit: AuditWrite;
}

async function attachTags(tx: Prisma.TransactionClient, articleId: number, write: ArticleWrite) {
  const tagIds = [...new Set(write.tagIds)];
  for (const { slug, name } of write.newTags) {
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
  return tagIds;
}

/** Creates or updates an article with its tags, authors, revision, redirects and audit entry.
 * Answers the article's id, or null when its version moved on. */
export function writeArticle(write: ArticleWrite): Promise<number | null> {
  return versioned(async (tx) => {
    const { current, data } = write;
    let saved: { id: number; version: number };
    if (current === null) {
      saved = await tx.article.create({ data, select: { id: true, version: true } });
    } else {
      const updated = await tx.article.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new VersionMoved();
      saved = { id: current.id, version: current.version + 1 };
    }
    const articleId = saved.id;
    const tagIds = await attachTags(tx, articleId, write);
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    await tx.articleAuthor.createMany({
      data: write.authorIds.map((userId, position) => ({ articleId, userId, position })),
    });
    await tx.articleRevision.create({
      data: {
        articleId,
        editorId: write.revision.editorId,
        version: saved.version,
        title: data.title,
        dek: data.dek,
        bodySource: data.bodySource,
        snapshot: { ...write.revision.snapshot, tagIds: [...tagIds].sort((a, b) => a - b) },
      },
    });
    // Renamed back to an old slug: its redirect to this same article would be a loop. (Another
    // article's redirect from this path stays: while this one is not live it still answers.)
    await tx.redirect.deleteMany({ where: { fromPath: write.newPath, articleId } });
    // A live article's old URL keeps working: it redirects to wherever the article is now.
    if (write.redirectFrom) {
      const fromPath = write.redirectFrom;
      await tx.redirect.upsert({
        where: { fromPath },
        create: { fromPath, articleId, statusCode: 301 },
        update: { articleId, toPath: null, statusCode: 301 },
      });
    }
    await write.audit(tx, saved);
    return articleId;
  });
}

/** Sets the status of article `id` at `version` (and clears its schedule). False: it moved on. */
export async function setArticleStatus(
  id: number,
  version: number,
  status: ArticleStatus,
  audit: AuditWrite,
): Promise<boolean> {
  const done = await versioned(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id, version },
      data: { status, scheduledFor: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new VersionMoved();
    await audit(tx, { id, version: version + 1 });
    return true;
  });
  return done ?? false;
}

/** Deletes article `id` at `version` (its revisions, comments and redirects go with it). */
export async function deleteArticle(
  id: number,
  version: number,
  audit: AuditWrite,
): Promise<boolean> {
  const done = await versioned(async (tx) => {
    const removed = await tx.article.deleteMany({ where: { id, version } });
    if (removed.count !== 1) throw new VersionMoved();
    await audit(tx, { id, version });
    return true;
  });
  return done ?? false;
}
