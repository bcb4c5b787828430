// Site administration against real PostgreSQL, through the real server actions: category reorder,
// rename and delete guard; tag merge; redirect validation; settings validation; static pages;
// and the audit entries every change writes. Only the session and Next's request APIs are
// stand-ins (as in admin-permissions.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { FormState } from "@/lib/forms";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
const expired = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => expired.tags.push(tag),
  revalidatePath: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw Object.assign(new Error("NEXT_FORBIDDEN"), { digest: "NEXT_FORBIDDEN" });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_NOT_FOUND" });
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT ${url}` });
  },
}));

const P = "sa-test"; // prefix of everything this file creates
let prisma: PrismaClient;
let admin: { id: number; role: string; username: string };
let editor: { id: number; role: string; username: string };
let savedSettings: { key: string; value: unknown }[] = [];

const idle: FormState = { status: "idle" };
function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}
function signIn(user: { id: number; role: string; username: string }) {
  session.user = {
    ...user,
    name: user.username,
    email: `${user.username}@example.com`,
    avatarUrl: null,
    banned: false,
    sessionVersion: 0,
    createdAt: new Date(),
  };
}
async function lastAudit(action: string) {
  return prisma.auditLog.findFirstOrThrow({
    where: { action },
    orderBy: { id: "desc" },
    select: { actorId: true, entityId: true, before: true, after: true, ip: true },
  });
}
async function navOrder() {
  return prisma.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, position: true },
  });
}

const actions = {
  categories: () => import("@/features/categories/actions"),
  tags: () => import("@/features/tags/actions"),
  redirects: () => import("@/features/redirects/actions"),
  settings: () => import("@/features/settings/actions"),
  pages: () => import("@/features/pages/actions"),
};

async function cleanUp() {
  await prisma.article.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.category.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.tag.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.page.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.redirect.deleteMany({
    where: {
      OR: [{ fromPath: { contains: P } }, { toPath: { contains: P } }],
    },
  });
  await prisma.media.deleteMany({ where: { path: { contains: P } } });
}

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  prisma = createPrismaClient(inject("databaseUrl"));
  const make = (username: string, role: "ADMIN" | "EDITOR") =>
    prisma.user.upsert({
      where: { username },
      create: { username, email: `${username}@example.com`, name: username, role },
      update: { role },
      select: { id: true, role: true, username: true },
    });
  admin = await make(`${P}-admin`, "ADMIN");
  editor = await make(`${P}-editor`, "EDITOR");
  savedSettings = await prisma.setting.findMany({ select: { key: true, value: true } });
  await cleanUp();
});

beforeEach(() => {
  expired.tags = [];
  signIn(admin);
});

afterAll(async () => {
  await cleanUp();
  await prisma.$transaction([
    prisma.setting.deleteMany(),
    prisma.setting.createMany({
      data: savedSettings.map((row) => ({ key: row.key, value: row.value as never })),
    }),
  ]);
  await prisma.user.deleteMany({ where: { username: { startsWith: P } } });
  await prisma.$disconnect();
  // The proxy's own pool (src/features/articles/article-paths.ts), if a test opened it.
  await (
    globalThis as { articlePaths?: { pool: { end(): Promise<void> } } }
  ).articlePaths?.pool.end();
});

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
    expect(order.slice(-3).map((c) => c.slug)).toEqual([
      "sa-test-one",
      "sa-test-two",
      "sa-test-three",
    ]);
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect(order).toHaveLength(before.length + 3);
    expect(expired.tags).toEqual(
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
    expect(order.slice(-3).map((c) => c.slug)).toEqual([
      "sa-test-two",
      "sa-test-one",
      "sa-test-three",
    ]);
    expect(order.map((c) => c.position)).toEqual(order.map((_, i) => i));
    expect(expired.tags.sort()).toEqual(["home", "site"]);
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
    expect(order.slice(-3).map((c) => c.slug)).toEqual([
      "sa-test-one",
      "sa-test-two",
      "sa-test-three",
    ]);
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
    expect(expired.tags).toEqual(
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

describe("tags", () => {
  it("merges one tag into another: links move without duplicates, the old URL redirects", async () => {
    const { mergeTagsAction } = await actions.tags();
    const category = await prisma.category.findUniqueOrThrow({ where: { slug: "sa-test-one" } });
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
    expect(expired.tags).toEqual(
      expect.arrayContaining([
        `tag:${a.slug}`,
        `tag:${b.slug}`,
        "tags",
        "redirects",
        `article:${P}-tagged-1`,
      ]),
    );
    expect(expired.tags, "the draft is on no public page").not.toContain(`article:${P}-tagged-3`);
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

describe("redirects", () => {
  const add = async (fields: Record<string, string | number>) => {
    const { createRedirectAction } = await actions.redirects();
    return createRedirectAction(idle, form({ targetKind: "path", statusCode: 301, ...fields }));
  };

  it("refuses paths that do not start with / and paths the proxy must not redirect", async () => {
    expect(await add({ fromPath: "sa-test-old", toPath: "/news" })).toMatchObject({
      status: "error",
      fieldErrors: { fromPath: expect.stringMatching(/Start the path/) },
      values: { fromPath: "sa-test-old" },
    });
    expect(await add({ fromPath: "/admin/settings", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/cannot be redirected/) },
    });
    expect(await add({ fromPath: "/sa-test-a", toPath: "https://evil.example/" })).toMatchObject({
      fieldErrors: { toPath: expect.any(String) },
    });
    expect(await add({ fromPath: "/sa-test-a", toPath: "/news", statusCode: 307 })).toMatchObject({
      fieldErrors: { statusCode: "Choose 301, 302 or 308." },
    });
  });

  it("refuses loops, including through a chain", async () => {
    expect(await add({ fromPath: "/sa-test-a", toPath: "/sa-test-a/" })).toMatchObject({
      fieldErrors: { toPath: expect.stringMatching(/loop/) },
    });
    expect(await add({ fromPath: "/sa-test-a", toPath: "/sa-test-b" })).toMatchObject({
      status: "ok",
    });
    expect(
      await add({ fromPath: "/sa-test-b", toPath: "/sa-test-c", statusCode: 302 }),
    ).toMatchObject({
      status: "ok",
    });
    expect(await add({ fromPath: "/sa-test-c", toPath: "/sa-test-a?x=1" })).toMatchObject({
      fieldErrors: {
        toPath: "This makes a loop: /sa-test-c → /sa-test-a → /sa-test-b → /sa-test-c.",
      },
    });
    expect(await add({ fromPath: "/sa-test-a", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: "A redirect from this path exists already." },
    });
    expect(await prisma.redirect.findUnique({ where: { fromPath: "/sa-test-b" } })).toMatchObject({
      statusCode: 302,
    });
    expect(expired.tags).toContain("redirects");
  });

  it("refuses a live article's own URL and a live category, and follows an article target", async () => {
    expect(await add({ fromPath: `/news/${P}-article`, toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/live article/) },
    });
    expect(await add({ fromPath: "/category/sa-test-one", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/live category/) },
    });
    expect(await add({ fromPath: "/market", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/own sections/) },
    });
    expect(
      await add({ fromPath: "/sa-test-story", targetKind: "article", articleSlug: "sa-none" }),
    ).toMatchObject({ fieldErrors: { articleSlug: "No article has this slug." } });
    expect(
      await add({ fromPath: "/sa-test-story", targetKind: "article", articleSlug: `${P}-article` }),
    ).toMatchObject({ status: "ok" });
    const row = await prisma.redirect.findUniqueOrThrow({ where: { fromPath: "/sa-test-story" } });
    expect(row.toPath).toBeNull();
    expect(row.articleId).not.toBeNull();
    expect((await lastAudit("redirect.create")).after).toMatchObject({
      fromPath: "/sa-test-story",
    });
  });

  it("edits and deletes with audit entries", async () => {
    const { updateRedirectAction, deleteRedirectAction } = await actions.redirects();
    const row = await prisma.redirect.findUniqueOrThrow({ where: { fromPath: "/sa-test-a" } });
    expect(
      await updateRedirectAction(
        idle,
        form({
          id: row.id,
          fromPath: "/sa-test-a",
          targetKind: "path",
          toPath: "/learn",
          statusCode: 308,
        }),
      ),
    ).toMatchObject({ status: "ok" });
    const audit = await lastAudit("redirect.update");
    expect(audit.before).toMatchObject({ toPath: "/sa-test-b", statusCode: 301 });
    expect(audit.after).toMatchObject({ toPath: "/learn", statusCode: 308 });
    expect(await deleteRedirectAction(idle, form({ id: row.id }))).toMatchObject({ status: "ok" });
    expect(await prisma.redirect.count({ where: { id: row.id } })).toBe(0);
    expect((await lastAudit("redirect.delete")).before).toMatchObject({ fromPath: "/sa-test-a" });
  });
});

describe("the proxy", () => {
  it("answers a new redirect for any page path on the next request, and forgets a deleted one", async () => {
    const { resolveArticlePath } = await import("@/features/articles/article-paths");
    const { createRedirectAction, deleteRedirectAction } = await actions.redirects();
    // The first look loads the set of redirect paths into memory.
    expect(await resolveArticlePath("/sa-test-proxy/old")).toEqual({ type: "known" });
    await createRedirectAction(
      idle,
      form({
        fromPath: "/sa-test-proxy/old",
        targetKind: "path",
        toPath: "/news?from=old",
        statusCode: 302,
      }),
    );
    const redirect = { type: "redirect", location: "/news?from=old", status: 302 };
    expect(await resolveArticlePath("/sa-test-proxy/old")).toEqual(redirect);
    expect(await resolveArticlePath("/sa-test-proxy/old/")).toEqual(redirect);
    expect(await resolveArticlePath("/sa-test-proxy")).toEqual({ type: "known" });

    // An old article URL that leads to an article follows the article's current slug.
    await createRedirectAction(
      idle,
      form({ fromPath: `/news/${P}-gone`, targetKind: "article", articleSlug: `${P}-article` }),
    );
    expect(await resolveArticlePath(`/news/${P}-gone`)).toEqual({
      type: "redirect",
      location: `/news/${P}-article`,
      status: 301,
    });

    const row = await prisma.redirect.findUniqueOrThrow({
      where: { fromPath: "/sa-test-proxy/old" },
    });
    await deleteRedirectAction(idle, form({ id: row.id }));
    expect(await resolveArticlePath("/sa-test-proxy/old")).toEqual({ type: "known" });
  });
});

describe("settings", () => {
  const valid = {
    siteName: "Sa Test Site",
    tagline: "Tag",
    timeZone: "Europe/Berlin",
    socialX: "https://x.com/satest",
    adLabel: "Advertisement",
    adHeadline: "Buy",
    adHref: "/advertise",
  };

  it("keeps bad input out: nothing is stored unless every field is valid", async () => {
    const { saveSettingsAction } = await actions.settings();
    const before = await prisma.setting.findMany({ orderBy: { key: "asc" } });
    for (const [field, bad] of Object.entries({
      siteName: "",
      timeZone: "Mars/Olympus",
      socialX: "javascript:alert(1)",
      adHref: "javascript:alert(1)",
      adImageUrl: "https://tracker.example/pixel.gif",
      leadArticleSlug: "sa-no-such-article",
    })) {
      const state = await saveSettingsAction(idle, form({ ...valid, [field]: bad }));
      expect(state.status, field).toBe("error");
      expect(state.fieldErrors, field).toHaveProperty(field);
      expect(state.values?.[field], field).toBe(bad);
    }
    expect(await prisma.setting.findMany({ orderBy: { key: "asc" } })).toEqual(before);
    expect(expired.tags).toEqual([]);
  });

  it("saves valid settings with the ad image from the media library, expires `site`, audits", async () => {
    const { saveSettingsAction } = await actions.settings();
    const media = await prisma.media.create({
      data: {
        path: `/images/${P}-ad.webp`,
        originalName: "ad.webp",
        mimeType: "image/webp",
        alt: "A sunrise over a trading floor",
        width: 600,
        height: 300,
        sizeBytes: 1000,
      },
    });
    const state = await saveSettingsAction(idle, form({ ...valid, adImageId: media.id }));
    expect(state).toMatchObject({ status: "ok" });
    const rows = Object.fromEntries(
      (await prisma.setting.findMany()).map((row) => [row.key, row.value]),
    );
    expect(rows.siteName).toBe("Sa Test Site");
    expect(rows.timeZone).toBe("Europe/Berlin");
    expect(rows.socials).toEqual({ x: "https://x.com/satest" });
    expect(rows.leadArticleSlug).toBeNull(); // empty: the newest article leads
    expect(rows.ad).toMatchObject({
      label: "Advertisement",
      imageId: media.id,
      imageUrl: `/images/${P}-ad.webp`,
      imageAlt: "A sunrise over a trading floor",
      imageWidth: 600,
    });
    expect(expired.tags).toEqual(["site"]);
    const audit = await lastAudit("settings.update");
    expect(audit.after).toMatchObject({ siteName: "Sa Test Site" });
    expect(audit.before).toHaveProperty("siteName");

    const { readSiteSettings } = await import("@/features/settings/queries");
    expect((await readSiteSettings()).ad.imageUrl).toBe(`/images/${P}-ad.webp`);
  });

  it("is refused to editors", async () => {
    const { saveSettingsAction } = await actions.settings();
    signIn(editor);
    expect(
      await saveSettingsAction(idle, form({ ...valid, siteName: "Editor Site" })),
    ).toMatchObject({
      status: "error",
      message: "Your role may not do this.",
    });
    expect((await prisma.setting.findUnique({ where: { key: "siteName" } }))?.value).not.toBe(
      "Editor Site",
    );
  });
});

describe("the audit log", () => {
  it("filters by actor, action, entity type and days in the site's zone, newest first", async () => {
    const { auditEntries: read } = await import("@/features/audit/queries");
    const { auditFilterSchema } = await import("@/features/audit/schemas");
    const auditEntries = (filter: Record<string, string | number>, zone: string) =>
      read(auditFilterSchema.parse(filter), zone);
    const base = { page: 1 } as const;
    const mine = await auditEntries({ ...base, actor: admin.username }, "UTC");
    expect(mine.total).toBeGreaterThan(5);
    const times = mine.entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(mine.entries.every((e) => e.actor?.username === admin.username)).toBe(true);

    const merges = await auditEntries({ ...base, action: "tag.merge", entityType: "tag" }, "UTC");
    expect(merges.entries.length).toBeGreaterThan(0);
    expect(merges.entries.every((e) => e.action === "tag.merge")).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const day = await auditEntries(
      { ...base, actor: admin.username, from: today, to: today },
      "UTC",
    );
    expect(day.total).toBe(mine.total);
    const past = await auditEntries({ ...base, actor: admin.username, to: "2020-01-01" }, "UTC");
    expect(past.total).toBe(0);
    // Nobody named this: an unknown actor matches nothing rather than everything.
    expect((await auditEntries({ ...base, actor: "sa-nobody" }, "UTC")).total).toBe(0);
  });

  it("renders the page for admins, with the diff of an entry", async () => {
    const { default: AdminAuditPage } = await import("@/app/admin/audit/page");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const html = renderToStaticMarkup(
      await AdminAuditPage({ searchParams: Promise.resolve({ action: "category.update" }) }),
    );
    expect(html).toContain("category.update");
    expect(html).toContain("Sa Test Renamed");
    expect(html).toMatch(/<th scope="row"[^>]*>name<\/th>/);
    signIn(editor);
    await expect(AdminAuditPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(
      "NEXT_FORBIDDEN",
    );
  });
});

describe("static pages", () => {
  it("refuses reserved slugs and stores sanitized HTML", async () => {
    const { createPageAction } = await actions.pages();
    expect(await createPageAction(idle, form({ title: "News", slug: "news" }))).toMatchObject({
      fieldErrors: { slug: expect.stringMatching(/own sections/) },
    });
    await expect(
      createPageAction(
        idle,
        form({
          title: "Sa page",
          slug: `${P}-page`,
          bodySource:
            "# Hello\n\n<script>window.hacked = 1</script>\n\n[x](javascript:alert(1)) **bold**",
          published: "on",
        }),
      ),
    ).rejects.toThrow(/^NEXT_REDIRECT \/admin\/pages\/\d+\?created=1$/);
    const page = await prisma.page.findUniqueOrThrow({ where: { slug: `${P}-page` } });
    expect(page.bodyHtml).toContain("<strong>bold</strong>");
    expect(page.bodyHtml).toContain("<h2>Hello</h2>");
    expect(page.bodyHtml).not.toMatch(/<script|javascript:/);
    expect(expired.tags).toEqual(expect.arrayContaining([`page:${P}-page`, "pages", "sitemaps"]));
  });

  it("moves a published page: the old URL redirects", async () => {
    const { updatePageAction, previewPageAction } = await actions.pages();
    const page = await prisma.page.findUniqueOrThrow({ where: { slug: `${P}-page` } });
    expect(
      await updatePageAction(
        idle,
        form({
          id: page.id,
          title: "Sa page",
          slug: `${P}-moved`,
          bodySource: "Text",
          published: "on",
        }),
      ),
    ).toMatchObject({ status: "ok" });
    expect(await prisma.redirect.findUnique({ where: { fromPath: `/${P}-page` } })).toMatchObject({
      toPath: `/${P}-moved`,
    });
    const audit = await lastAudit("page.update");
    expect(audit.before).toMatchObject({ slug: `${P}-page` });
    expect(audit.after).toMatchObject({ slug: `${P}-moved`, bodySource: "Text" });
    expect(await previewPageAction("<img src=x onerror=alert(1)> *hi*")).toEqual({
      status: "ok",
      data: { html: '<p><img src="x" loading="lazy" /> <em>hi</em></p>' },
    });
    // Unpublishing takes it off the list of pages readers can open.
    expired.tags = [];
    expect(
      await updatePageAction(
        idle,
        form({ id: page.id, title: "Sa page", slug: `${P}-moved`, bodySource: "Text" }),
      ),
    ).toMatchObject({ status: "ok", message: "Saved (not published)." });
    expect((await prisma.page.findUniqueOrThrow({ where: { id: page.id } })).published).toBe(false);
    expect(expired.tags.sort()).toEqual([`page:${P}-moved`, "pages", "sitemaps"]);
    const { publishedPageSlugs } = await import("@/features/pages/queries");
    expect(await publishedPageSlugs()).not.toContain(`${P}-moved`);

    signIn(editor);
    expect(await previewPageAction("x")).toMatchObject({
      status: "error",
      code: 403,
      message: "Your role may not do this.",
    });
  });
});
