// Tags in the site admin, through the real server actions against real PostgreSQL: merging one
// tag into another (links, redirect, cache tags, audit) and renaming.
import { beforeAll, describe, expect, it } from "vitest";
import { actions, expiredTags, form, idle, siteAdminFixture } from "./fixture";

const P = "sa-tags"; // prefix of everything this file creates
const { prisma, lastAudit, liveArticle } = siteAdminFixture(P);

// The tagged articles' category.
beforeAll(async () => {
  await liveArticle(`${P}-article`);
});

describe("tags", () => {
  it("merges one tag into another: links move without duplicates, the old URL redirects", async () => {
    const { mergeTagsAction } = await actions.tags();
    const category = await prisma.category.findUniqueOrThrow({
      where: { slug: `${P}-article-cat` },
    });
    const [a, b] = await Promise.all([
      prisma.tag.create({ data: { slug: `${P}-tag-a`, name: "Sa A" } }),
      prisma.tag.create({ data: { slug: `${P}-tag-b`, name: "Sa B" } }),
    ]);
    const articles = await Promise.all(
      [1, 2, 3].map((n) =>
        prisma.article.create({
          data: {
            slug: `${P}-tagged-${n}`,
            title: `Tagged ${n}`,
            status: n === 3 ? "DRAFT" : "PUBLISHED",
            publishedAt: n === 3 ? null : new Date(Date.now() - 60_000),
            categoryId: category.id,
          },
        }),
      ),
    );
    await prisma.articleTag.createMany({
      data: [
        { articleId: articles[0]!.id, tagId: a.id },
        { articleId: articles[1]!.id, tagId: a.id },
        { articleId: articles[1]!.id, tagId: b.id },
        { articleId: articles[2]!.id, tagId: a.id },
      ],
    });

    expect(await mergeTagsAction(idle, form({ sourceId: a.id, targetSlug: a.slug }))).toMatchObject(
      {
        status: "error",
        fieldErrors: { targetSlug: "Choose a different tag to merge into." },
      },
    );
    expect(
      await mergeTagsAction(idle, form({ sourceId: a.id, targetSlug: "sa-nope" })),
    ).toMatchObject({
      fieldErrors: { targetSlug: expect.stringMatching(/No tag/) },
    });

    await expect(
      mergeTagsAction(idle, form({ sourceId: a.id, targetSlug: b.slug })),
    ).rejects.toThrow(`NEXT_REDIRECT /admin/tags?q=${b.slug}&merged=1`);
    expect(await prisma.tag.count({ where: { id: a.id } })).toBe(0);
    const links = await prisma.articleTag.findMany({
      where: { tagId: b.id },
      orderBy: { articleId: "asc" },
    });
    const ids = articles.map((x) => x.id).sort((x, y) => x - y);
    expect(links.map((l) => l.articleId)).toEqual(ids);
    expect(
      await prisma.redirect.findUnique({ where: { fromPath: `/tag/${a.slug}` } }),
    ).toMatchObject({
      toPath: `/tag/${b.slug}`,
    });
    expect(expiredTags()).toEqual(
      expect.arrayContaining([
        `tag:${a.slug}`,
        `tag:${b.slug}`,
        "tags",
        "redirects",
        `article:${P}-tagged-1`,
      ]),
    );
    expect(expiredTags(), "the draft is on no public page").not.toContain(`article:${P}-tagged-3`);
    const audit = await lastAudit("tag.merge");
    expect(audit.before).toMatchObject({ source: { slug: a.slug }, target: { slug: b.slug } });
    const moved = (audit.after as { movedArticleIds: number[] }).movedArticleIds;
    expect([...moved].sort((x, y) => x - y)).toEqual(ids);
  });

  it("renames a tag and refuses a slug another tag has", async () => {
    const { createTagAction, updateTagAction } = await actions.tags();
    expect(await createTagAction(idle, form({ name: "Sa C", slug: `${P}-tag-c` }))).toMatchObject({
      status: "ok",
    });
    const c = await prisma.tag.findUniqueOrThrow({ where: { slug: `${P}-tag-c` } });
    expect(
      await updateTagAction(idle, form({ id: c.id, name: "Sa C", slug: `${P}-tag-b` })),
    ).toMatchObject({
      fieldErrors: { slug: "Another tag already has this slug." },
    });
    expect(
      await updateTagAction(idle, form({ id: c.id, name: "Sa Sea", slug: `${P}-tag-c` })),
    ).toMatchObject({
      status: "ok",
    });
    expect((await lastAudit("tag.update")).after).toMatchObject({ name: "Sa Sea" });
  });
});
