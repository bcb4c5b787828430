// Static pages in the site admin, through the real server actions against real PostgreSQL:
// reserved slugs, sanitized HTML, moving a published page (redirect, audit), previews, and
// unpublishing.
import { describe, expect, it } from "vitest";
import {
  actions,
  expiredTags,
  forgetExpiredTags,
  form,
  idle,
  signIn,
  siteAdminFixture,
} from "./fixture";

const P = "sa-pages"; // prefix of everything this file creates
const { prisma, editor, lastAudit } = siteAdminFixture(P);

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
    expect(expiredTags()).toEqual(expect.arrayContaining([`page:${P}-page`, "pages", "sitemaps"]));
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
    forgetExpiredTags();
    expect(
      await updatePageAction(
        idle,
        form({ id: page.id, title: "Sa page", slug: `${P}-moved`, bodySource: "Text" }),
      ),
    ).toMatchObject({ status: "ok", message: "Saved (not published)." });
    expect((await prisma.page.findUniqueOrThrow({ where: { id: page.id } })).published).toBe(false);
    expect(expiredTags().sort()).toEqual([`page:${P}-moved`, "pages", "sitemaps"]);
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
