// Redirects in the site admin, through the real server actions against real PostgreSQL: what
// may not be redirected, loops, article targets, edits and deletes with audit entries; and the
// proxy, which answers a new redirect on the next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions, expiredTags, form, idle, siteAdminFixture } from "./fixture";

const P = "sa-redirects"; // prefix of everything this file creates
const { prisma, lastAudit, liveArticle } = siteAdminFixture(P);

// A live article and its live category, which no redirect may hide.
beforeAll(async () => {
  await liveArticle(`${P}-article`);
});

afterAll(async () => {
  // The proxy's own pool (src/features/articles/article-paths.ts), if a test opened it.
  await (
    globalThis as { articlePaths?: { pool: { end(): Promise<void> } } }
  ).articlePaths?.pool.end();
});

describe("redirects", () => {
  const add = async (fields: Record<string, string | number>) => {
    const { createRedirectAction } = await actions.redirects();
    return createRedirectAction(idle, form({ targetKind: "path", statusCode: 301, ...fields }));
  };

  it("refuses paths that do not start with / and paths the proxy must not redirect", async () => {
    expect(await add({ fromPath: `${P}-old`, toPath: "/news" })).toMatchObject({
      status: "error",
      fieldErrors: { fromPath: expect.stringMatching(/Start the path/) },
      values: { fromPath: `${P}-old` },
    });
    expect(await add({ fromPath: "/admin/settings", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/cannot be redirected/) },
    });
    expect(await add({ fromPath: `/${P}-a`, toPath: "https://evil.example/" })).toMatchObject({
      fieldErrors: { toPath: expect.any(String) },
    });
    expect(await add({ fromPath: `/${P}-a`, toPath: "/news", statusCode: 307 })).toMatchObject({
      fieldErrors: { statusCode: "Choose 301, 302 or 308." },
    });
  });

  it("refuses loops, including through a chain", async () => {
    expect(await add({ fromPath: `/${P}-a`, toPath: `/${P}-a/` })).toMatchObject({
      fieldErrors: { toPath: expect.stringMatching(/loop/) },
    });
    expect(await add({ fromPath: `/${P}-a`, toPath: `/${P}-b` })).toMatchObject({
      status: "ok",
    });
    expect(await add({ fromPath: `/${P}-b`, toPath: `/${P}-c`, statusCode: 302 })).toMatchObject({
      status: "ok",
    });
    expect(await add({ fromPath: `/${P}-c`, toPath: `/${P}-a?x=1` })).toMatchObject({
      fieldErrors: {
        toPath: `This makes a loop: /${P}-c → /${P}-a → /${P}-b → /${P}-c.`,
      },
    });
    expect(await add({ fromPath: `/${P}-a`, toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: "A redirect from this path exists already." },
    });
    expect(await prisma.redirect.findUnique({ where: { fromPath: `/${P}-b` } })).toMatchObject({
      statusCode: 302,
    });
    expect(expiredTags()).toContain("redirects");
  });

  it("refuses a live article's own URL and a live category, and follows an article target", async () => {
    expect(await add({ fromPath: `/news/${P}-article`, toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/live article/) },
    });
    expect(await add({ fromPath: `/category/${P}-article-cat`, toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/live category/) },
    });
    expect(await add({ fromPath: "/market", toPath: "/news" })).toMatchObject({
      fieldErrors: { fromPath: expect.stringMatching(/own sections/) },
    });
    expect(
      await add({ fromPath: `/${P}-story`, targetKind: "article", articleSlug: "sa-none" }),
    ).toMatchObject({ fieldErrors: { articleSlug: "No article has this slug." } });
    expect(
      await add({ fromPath: `/${P}-story`, targetKind: "article", articleSlug: `${P}-article` }),
    ).toMatchObject({ status: "ok" });
    const row = await prisma.redirect.findUniqueOrThrow({ where: { fromPath: `/${P}-story` } });
    expect(row.toPath).toBeNull();
    expect(row.articleId).not.toBeNull();
    expect((await lastAudit("redirect.create")).after).toMatchObject({
      fromPath: `/${P}-story`,
    });
  });

  it("edits and deletes with audit entries", async () => {
    const { updateRedirectAction, deleteRedirectAction } = await actions.redirects();
    const row = await prisma.redirect.findUniqueOrThrow({ where: { fromPath: `/${P}-a` } });
    expect(
      await updateRedirectAction(
        idle,
        form({
          id: row.id,
          fromPath: `/${P}-a`,
          targetKind: "path",
          toPath: "/learn",
          statusCode: 308,
        }),
      ),
    ).toMatchObject({ status: "ok" });
    const audit = await lastAudit("redirect.update");
    expect(audit.before).toMatchObject({ toPath: `/${P}-b`, statusCode: 301 });
    expect(audit.after).toMatchObject({ toPath: "/learn", statusCode: 308 });
    expect(await deleteRedirectAction(idle, form({ id: row.id }))).toMatchObject({ status: "ok" });
    expect(await prisma.redirect.count({ where: { id: row.id } })).toBe(0);
    expect((await lastAudit("redirect.delete")).before).toMatchObject({ fromPath: `/${P}-a` });
  });
});

describe("the proxy", () => {
  it("answers a new redirect for any page path on the next request, and forgets a deleted one", async () => {
    const { resolveArticlePath } = await import("@/features/articles/article-paths");
    const { createRedirectAction, deleteRedirectAction } = await actions.redirects();
    // The first look loads the set of redirect paths into memory.
    expect(await resolveArticlePath(`/${P}-proxy/old`)).toEqual({ type: "known" });
    await createRedirectAction(
      idle,
      form({
        fromPath: `/${P}-proxy/old`,
        targetKind: "path",
        toPath: "/news?from=old",
        statusCode: 302,
      }),
    );
    const redirect = { type: "redirect", location: "/news?from=old", status: 302 };
    expect(await resolveArticlePath(`/${P}-proxy/old`)).toEqual(redirect);
    expect(await resolveArticlePath(`/${P}-proxy/old/`)).toEqual(redirect);
    expect(await resolveArticlePath(`/${P}-proxy`)).toEqual({ type: "known" });

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
      where: { fromPath: `/${P}-proxy/old` },
    });
    await deleteRedirectAction(idle, form({ id: row.id }));
    expect(await resolveArticlePath(`/${P}-proxy/old`)).toEqual({ type: "known" });
  });
});
