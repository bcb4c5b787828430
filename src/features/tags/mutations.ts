import "server-only";
import {
  createAtUrl,
  redirectMovedPath,
  updateAtUrl,
  type UrlRecordKind,
} from "@/features/redirects/mutations";
import { db } from "@/lib/db";
import { fieldProblem, notFound } from "@/lib/errors";
import { forgetRedirectPaths } from "@/lib/path-memo";
import type { Audit } from "@/lib/write-types";
import { publicArticleSlugsWithTag } from "./admin-queries";
import type { TagView } from "./rules";

// Writes of the tag admin, each in one transaction with its audit entry.

export const tagKind: UrlRecordKind = {
  entityType: "tag",
  path: (slug) => `/tag/${slug}`,
  gone: "This tag no longer exists.",
};

const shown = { slug: true, name: true, description: true } as const;

export async function createTag(input: TagView, audit: Audit) {
  return createAtUrl(tagKind, audit, (tx) =>
    tx.tag.create({ data: input, select: { id: true, ...shown } }),
  );
}

/** Renames a tag; a new slug leaves a redirect from the old URL. */
export async function updateTag(id: number, input: TagView, audit: Audit) {
  return updateAtUrl(tagKind, audit, id, {
    read: (tx) => tx.tag.findUnique({ where: { id }, select: shown }),
    write: (tx) => tx.tag.update({ where: { id }, data: input, select: shown }),
    also: (tx) => publicArticleSlugsWithTag(id, tx),
  });
}

/** Deletes a tag (its article links go with it); answers it and the public articles that showed it. */
export async function deleteTag(id: number, audit: Audit) {
  return db.$transaction(async (tx) => {
    const found = await tx.tag.findUnique({
      where: { id },
      select: { ...shown, _count: { select: { articles: true } } },
    });
    if (!found) throw notFound(tagKind.gone);
    const articles = await publicArticleSlugsWithTag(id, tx);
    await tx.tag.delete({ where: { id } }); // its article links go with it (cascade)
    const { _count, ...tag } = found;
    await audit(
      {
        action: "tag.delete",
        entityType: "tag",
        entityId: id,
        before: { ...tag, articleCount: _count.articles },
      },
      tx,
    );
    return { tag, articles };
  });
}

const brief = (tag: { id: number; slug: string; name: string }) => ({
  id: tag.id,
  slug: tag.slug,
  name: tag.name,
});
const view = (tag: TagView): TagView => ({
  slug: tag.slug,
  name: tag.name,
  description: tag.description,
});

/**
 * Merges the tag `sourceId` into the one with `targetSlug`: the source's articles get the target
 * (those that had both keep one link), the source goes and its URL redirects to the target's.
 */
export async function mergeTags(sourceId: number, targetSlug: string, audit: Audit) {
  const refuse = (message: string) => fieldProblem("targetSlug", message);
  const merged = await db.$transaction(async (tx) => {
    const find = (where: { id: number } | { slug: string }) =>
      tx.tag.findUnique({ where, select: { id: true, ...shown } });
    const source = await find({ id: sourceId });
    if (!source) throw refuse(tagKind.gone);
    const target = await find({ slug: targetSlug });
    if (!target) throw refuse(`No tag has the slug “${targetSlug}”.`);
    if (target.id === source.id) throw refuse("Choose a different tag to merge into.");
    const moved = await publicArticleSlugsWithTag(source.id, tx);
    const links = await tx.articleTag.findMany({
      where: { tagId: source.id },
      select: { articleId: true },
    });
    // Articles that already carry the target keep their one link.
    await tx.articleTag.createMany({
      data: links.map((link) => ({ articleId: link.articleId, tagId: target.id })),
      skipDuplicates: true,
    });
    await tx.tag.delete({ where: { id: source.id } });
    await redirectMovedPath(tx, tagKind.path(source.slug), tagKind.path(target.slug));
    await audit(
      {
        action: "tag.merge",
        entityType: "tag",
        entityId: target.id,
        before: { source: brief(source), target: brief(target) },
        after: { target: brief(target), movedArticleIds: links.map((link) => link.articleId) },
      },
      tx,
    );
    return { source: view(source), target: view(target), moved };
  });
  forgetRedirectPaths();
  return merged;
}
