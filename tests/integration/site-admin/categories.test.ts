// Categories in the site admin, through the real server actions against real PostgreSQL: the
// nav order (appending, closing gaps, moving), renaming with a redirect from the old URL, the
// delete guard, and the audit entries and cache tags of each change.
import { describe, expect, it } from "vitest";
import { actions, expiredTags, form, idle, siteAdminFixture } from "./fixture";

const P = "sa-test"; // prefix of everything this file creates
const { prisma, admin, lastAudit } = siteAdminFixture(P);

const slugsAtEnd = (order: { slug: string }[], count: number) =>
  order.slice(-count).map((c) => c.slug);

async function navOrder() {
  return prisma.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, position: true },
  });
}

describe("categories", () => {
  it("creates categories at the end of the nav, with a generated slug, and audits them", async () => {
    const { createCategoryAction } = await actions.categories();
    const before = await navOrder();
    for (const name of ["Sa Test One", "Sa Test Two", "Sa Test Three"]) {
      expect(
        await createCategoryAction(idle, form({ name, description: "About it" })),
      ).toMatchObject({
        status: "ok",
      });
    }
    const order = await navOrder();
    expect(slugsAtEnd(order, 3)).toEqual(["sa-test-one", "sa-test-two", "sa-test-three"]);
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect(order).toHaveLength(before.length + 3);
    expect(expiredTags()).toEqual(
      expect.arrayContaining(["site", "sitemaps", "category:sa-test-one"]),
    );
    const audit = await lastAudit("category.create");
    expect(audit.actorId).toBe(admin.id);
    expect(audit.ip).toBe("203.0.113.9");
    expect(audit.after).toMatchObject({ slug: "sa-test-three", name: "Sa Test Three" });
  });

  it("closes gaps in older positions when it appends", async () => {
    const { createCategoryAction, deleteCategoryAction } = await actions.categories();
    await prisma.category.create({
      data: { slug: `${P}-gap`, name: "Sa Gap", position: 500 },
    });
    expect(await createCategoryAction(idle, form({ name: "Sa Test After Gap" }))).toMatchObject({
      status: "ok",
    });
    const order = await navOrder();
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect(order.slice(-2).map((c) => c.slug)).toEqual([`${P}-gap`, "sa-test-after-gap"]);
    for (const slug of [`${P}-gap`, "sa-test-after-gap"]) {
      const { id } = await prisma.category.findUniqueOrThrow({ where: { slug } });
      expect(await deleteCategoryAction(idle, form({ id }))).toMatchObject({ status: "ok" });
    }
  });

  it("keeps what was typed and says why when the input is wrong", async () => {
    const { createCategoryAction } = await actions.categories();
    expect(await createCategoryAction(idle, form({ name: "X", slug: "Bad Slug" }))).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringMatching(/lowercase/) },
      values: { name: "X", slug: "Bad Slug" },
    });
    expect(
      await createCategoryAction(idle, form({ name: "Again", slug: "sa-test-one" })),
    ).toMatchObject({
      status: "error",
      fieldErrors: { slug: "Another category already has this slug." },
    });
    expect(await createCategoryAction(idle, form({ name: "" }))).toMatchObject({
      fieldErrors: { name: "Enter a name." },
    });
  });

  it("moves a category up and down, keeping positions contiguous", async () => {
    const { moveCategoryAction } = await actions.categories();
    const two = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-two" } });
    expect(await moveCategoryAction(idle, form({ id: two.id, direction: "up" }))).toMatchObject({
      status: "ok",
    });
    let order = await navOrder();
    expect(slugsAtEnd(order, 3)).toEqual(["sa-test-two", "sa-test-one", "sa-test-three"]);
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect(expiredTags().sort()).toEqual(["home", "site"]);
    const audit = await lastAudit("category.reorder");
    expect(audit.before).toHaveProperty("order");
    expect(audit.after).toHaveProperty("order");

    const three = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-three" } });
    expect(await moveCategoryAction(idle, form({ id: three.id, direction: "down" }))).toMatchObject(
      {
        status: "ok",
        message: "Already at that end.",
      },
    );
    await moveCategoryAction(idle, form({ id: two.id, direction: "down" }));
    order = await navOrder();
    expect(slugsAtEnd(order, 3)).toEqual(["sa-test-one", "sa-test-two", "sa-test-three"]);
    expect(
      await moveCategoryAction(idle, form({ id: two.id, direction: "sideways" })),
    ).toMatchObject({
      status: "error",
    });
  });

  it("renames and moves a category: the old URL redirects, the articles keep theirs", async () => {
    const { updateCategoryAction } = await actions.categories();
    const one = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-one" } });
    const article = await prisma.article.create({
      data: {
        slug: `${P}-article`,
        title: "Sa article",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        categoryId: one.id,
      },
    });
    const state = await updateCategoryAction(
      idle,
      form({
        id: one.id,
        name: "Sa Test Renamed",
        slug: "sa-test-renamed",
        description: "New words",
      }),
    );
    expect(state).toMatchObject({ status: "ok" });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      slug: `${P}-article`,
    });
    expect(
      await prisma.redirect.findUnique({ where: { fromPath: "/category/sa-test-one" } }),
    ).toMatchObject({ toPath: "/category/sa-test-renamed", statusCode: 301, articleId: null });
    expect(expiredTags()).toEqual(
      expect.arrayContaining([
        "site",
        "category:sa-test-one",
        "category:sa-test-renamed",
        "redirects",
        `article:${P}-article`,
        "home",
        "news",
      ]),
    );
    const audit = await lastAudit("category.update");
    expect(audit.before).toMatchObject({
      name: "Sa Test One",
      slug: "sa-test-one",
      description: "About it",
    });
    expect(audit.after).toMatchObject({
      name: "Sa Test Renamed",
      slug: "sa-test-renamed",
      description: "New words",
    });

    // Moving it back: the old URL is live again (no redirect from it), the other one redirects.
    await updateCategoryAction(
      idle,
      form({ id: one.id, name: "Sa Test One", slug: "sa-test-one" }),
    );
    expect(
      await prisma.redirect.findUnique({ where: { fromPath: "/category/sa-test-one" } }),
    ).toBeNull();
    expect(
      await prisma.redirect.findUnique({ where: { fromPath: "/category/sa-test-renamed" } }),
    ).toMatchObject({ toPath: "/category/sa-test-one" });
  });

  it("deletes only a category no article uses, then closes the gap", async () => {
    const { deleteCategoryAction } = await actions.categories();
    const one = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-one" } });
    const refused = await deleteCategoryAction(idle, form({ id: one.id }));
    expect(refused).toMatchObject({
      status: "error",
      message: expect.stringMatching(/still has 1 article .*Move them/),
    });
    expect(await prisma.category.count({ where: { id: one.id } })).toBe(1);

    const two = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-two" } });
    expect(await deleteCategoryAction(idle, form({ id: two.id }))).toMatchObject({ status: "ok" });
    expect(await prisma.category.count({ where: { id: two.id } })).toBe(0);
    const order = await navOrder();
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect((await lastAudit("category.delete")).before).toMatchObject({ slug: "sa-test-two" });
  });
});
