import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { instantToZonedTime, zonedTimeToInstant } from "@/lib/zoned-time";
import { newArticleFields } from "../fixtures/article-fields";
import { signInAs, sql } from "./fixtures";
import { axeViolations, THEMES, useTheme } from "./axe";

// The article admin in a real browser against the built site: an editor writes, previews,
// publishes, renames and unpublishes an article, and every public page follows on the very next
// request; a contributor writes and submits but cannot publish, not even by calling the action
// directly; a reader gets 403 in the admin.

const run = Date.now().toString(36);

/** The article's Markdown as stored. */
async function storedBody(id: number): Promise<string | undefined> {
  const [row] = await sql<{ bodySource: string }>(
    `SELECT "bodySource" FROM "Article" WHERE id = $1`,
    [id],
  );
  return row?.bodySource;
}

async function publicText(page: Page, url: string): Promise<{ status: number; text: string }> {
  const response = await page.request.get(url);
  return { status: response.status(), text: await response.text() };
}

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await sql(`DELETE FROM "Article" WHERE slug LIKE $1`, [`%${run}%`]);
});

test("an editor writes, previews, publishes, renames and unpublishes an article", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "editor", "/admin/articles/new");

  const title = `E2E desk story ${run}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  // The slug follows the title until edited by hand.
  await expect(page.getByRole("textbox", { name: "Slug", exact: true })).toHaveValue(
    `e2e-desk-story-${run}`,
  );
  await page.getByLabel("Dek (standfirst)").fill("A story written in the end-to-end test.");
  await page
    .getByLabel("Body (Markdown)")
    .fill("## Market view\n\nBitcoin **rallied** today.\n\n<script>window.pwned = 1</script>");
  const preview = page.getByTestId("body-preview");
  await expect(preview.locator("h2")).toHaveText("Market view", { timeout: 15_000 });
  await expect(preview.locator("strong")).toHaveText("rallied");
  await expect(preview.locator("script")).toHaveCount(0);
  await page.getByLabel("Category").selectOption({ label: "Blockchain" });
  // A featured image uploaded from the editor: the media library's route stores it with its
  // resized variants, and the picker selects it.
  const png = await sharp(randomBytes(800 * 450 * 3), {
    raw: { width: 800, height: 450, channels: 3 },
  })
    .png()
    .toBuffer();
  await page.getByText("Upload image", { exact: true }).click();
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: `desk-${run}.png`, mimeType: "image/png", buffer: png });
  await page.getByLabel("Alt text").fill(`Desk chart ${run}`);
  await page.getByRole("button", { name: "Upload and use" }).click();
  const images = page.getByRole("radiogroup");
  await expect(images.getByRole("radio", { name: `Desk chart ${run}` })).toBeChecked({
    timeout: 30_000,
  });
  await page.getByLabel("Image caption").fill("Seen from the desk");
  await expect(page.getByRole("figure", { name: "Search result preview" })).toContainText(title);

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForURL(/\/admin\/articles\/\d+\?done=publish$/);
  await expect(page.getByTestId("article-status")).toHaveText("Published");
  await expect(page.getByText("version 1", { exact: false })).toBeVisible();
  const slug = `e2e-desk-story-${run}`;

  // On every public list on the very next request.
  for (const url of ["/", "/news", "/category/blockchain", "/author/editor", "/feed.xml"]) {
    expect((await publicText(page, url)).text, url).toContain(title);
  }
  expect((await publicText(page, "/news-sitemap.xml")).text).toContain(`/news/${slug}`);
  const live = await publicText(page, `/news/${slug}`);
  expect(live.status).toBe(200);
  expect(live.text).toContain("rallied");
  expect(live.text).not.toContain("window.pwned");
  const [image] = await sql<{ path: string }>(
    `SELECT m.path FROM "Article" a JOIN "Media" m ON m.id = a."featuredImageId" WHERE a.slug = $1`,
    [slug],
  );
  expect(image?.path, "the uploaded image is the featured image").toMatch(/^\/media\//);
  expect((await page.request.get(image!.path)).status()).toBe(200);
  expect(live.text).toContain("Seen from the desk");

  // A new title shows on the public page on the next request.
  const renamed = `E2E desk story renamed ${run}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(renamed);
  await expect(page.getByRole("textbox", { name: "Slug", exact: true })).toHaveValue(slug); // edited articles keep their slug
  await page.getByRole("button", { name: "Update live article" }).click();
  await expect(page.getByText("version 2", { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await publicText(page, `/news/${slug}`)).text).toContain(renamed);
  expect((await publicText(page, "/")).text).toContain(renamed);

  // A new slug: the old URL answers 301 to the new one, at once.
  const newSlug = `${slug}-moved`;
  await page.getByRole("textbox", { name: "Slug", exact: true }).fill(newSlug);
  await page.getByRole("button", { name: "Update live article" }).click();
  await expect(page.getByText("version 3", { exact: false })).toBeVisible({ timeout: 30_000 });
  const old = await page.request.get(`/news/${slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(old.headers().location).toContain(`/news/${newSlug}`);
  expect((await publicText(page, `/news/${newSlug}`)).status).toBe(200);

  // Unpublished: 404 and gone from every list on the next request.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Draft", { timeout: 30_000 });
  expect((await publicText(page, `/news/${newSlug}`)).status).toBe(404);
  expect((await page.request.get(`/news/${slug}`, { maxRedirects: 0 })).status()).toBe(404);
  for (const url of [
    "/",
    "/news",
    "/category/blockchain",
    "/author/editor",
    "/feed.xml",
    "/news-sitemap.xml",
    "/sitemap.xml",
  ]) {
    expect((await publicText(page, url)).text, url).not.toContain(newSlug);
  }
  for (const url of ["/", "/news", "/category/blockchain", "/author/editor", "/feed.xml"]) {
    expect((await publicText(page, url)).text, url).not.toContain(renamed);
  }

  // Its revisions: one per save, with a diff between them.
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { name: /Revisions of/ })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(4); // header + 3 saves

  // Published again, then deleted after confirming: 404 and gone on the next request.
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Published", { timeout: 30_000 });
  expect((await publicText(page, `/news/${newSlug}`)).status).toBe(200);
  expect((await publicText(page, "/")).text).toContain(renamed);
  await page.getByRole("button", { name: "Delete…" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete “${renamed}” for good?`);
  await confirm.getByRole("button", { name: "Yes, delete it" }).click();
  await page.waitForURL((url) => url.pathname === "/admin/articles", { timeout: 30_000 });
  expect((await publicText(page, `/news/${newSlug}`)).status).toBe(404);
  expect((await page.request.get(`/news/${slug}`, { maxRedirects: 0 })).status()).toBe(404);
  for (const url of ["/", "/category/blockchain", "/feed.xml"]) {
    expect((await publicText(page, url)).text, url).not.toContain(renamed);
  }
  expect(await sql(`SELECT 1 FROM "Article" WHERE slug = $1`, [newSlug])).toEqual([]);
});

/** The id Next gave a server action in this build (what the browser sends to call it). */
async function serverActionId(name: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.exportedName === name && entry.filename?.includes("features/articles/admin-actions"),
  );
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found[0];
}

test("a contributor writes and submits, has no publish button, and a direct publish is refused", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "contributor", "/admin/articles/new");
  const title = `E2E contributor piece ${run}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Body (Markdown)").fill("A first draft.");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule…" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?done=submit$/, { timeout: 30_000 });
  await expect(page.getByTestId("article-status")).toHaveText("In review");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);

  const [row] = await sql<{ id: number; version: number; categoryId: number }>(
    `SELECT id, version, "categoryId" FROM "Article" WHERE slug = $1`,
    [`e2e-contributor-piece-${run}`],
  );
  expect(row).toBeTruthy();
  const [me] = await sql<{ id: number }>(`SELECT id FROM "User" WHERE username = 'contributor'`);

  // Call the publish action the way the browser would, with the contributor's session.
  const response = await page.request.post(`/admin/articles/${row!.id}`, {
    headers: {
      "Next-Action": await serverActionId("publishArticleAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify([
      {
        id: row!.id,
        version: row!.version,
        fields: newArticleFields({
          title,
          slug: `e2e-contributor-piece-${run}`,
          bodySource: "Published behind the editors' backs.",
          categoryId: row!.categoryId,
          authorIds: [me!.id],
        }),
      },
    ]),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Your role may not do this.");
  const [after] = await sql<{ status: string; bodySource: string }>(
    `SELECT status, "bodySource" FROM "Article" WHERE id = $1`,
    [row!.id],
  );
  expect(after).toEqual({ status: "IN_REVIEW", bodySource: "A first draft." });
});

test("a reader gets 403 in the admin", async ({ page }) => {
  await signInAs(page, "reader", "/");
  for (const path of ["/admin", "/admin/articles", "/admin/articles/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

/** Creates a draft through the editor and returns its id. */
async function createDraft(page: Page, title: string, body: string): Promise<number> {
  await page.goto("/admin/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Body (Markdown)").fill(body);
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?done=save$/, { timeout: 30_000 });
  return Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
}

test("two editors saving from the same version: the second sees both and chooses", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, "editor");
  await signInAs(second, "admin");
  const id = await createDraft(first, `E2E conflict ${run}`, "Line one.\n\nLine two.");
  await second.goto(`/admin/articles/${id}`);

  await first
    .getByRole("textbox", { name: "Title", exact: true })
    .fill(`E2E conflict theirs ${run}`);
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByText("version 2")).toBeVisible({ timeout: 30_000 });

  const mine = "Line one.\n\nLine two, rewritten by the second editor.";
  await second.getByLabel("Body (Markdown)").fill(mine);
  await second.getByRole("button", { name: "Save draft" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "Someone else saved this article" }),
  ).toBeVisible({ timeout: 30_000 });
  const panel = second.getByRole("region", { name: /Their version \(version 2\)/ });
  await expect(panel).toBeVisible();
  await expect(second.getByTestId("conflict-title")).toContainText(`E2E conflict theirs ${run}`);
  await expect(second.getByTestId("conflict-body")).toContainText("rewritten by the second editor");
  // Nothing was overwritten, and the form still holds what the second editor typed.
  const [stored] = await sql<{ title: string; bodySource: string; version: number }>(
    `SELECT title, "bodySource", version FROM "Article" WHERE id = $1`,
    [id],
  );
  expect(stored).toEqual({
    title: `E2E conflict theirs ${run}`,
    bodySource: "Line one.\n\nLine two.",
    version: 2,
  });
  await expect(second.getByLabel("Body (Markdown)")).toHaveValue(mine);

  await panel.getByRole("button", { name: "Keep mine" }).click();
  await second.getByRole("button", { name: "Save draft" }).click();
  await expect(second.getByText("version 3")).toBeVisible({ timeout: 30_000 });
  expect(await storedBody(id)).toBe(mine);
});

test("a session that ends mid-edit loses nothing: sign in again and the text is offered back", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "editor");
  const id = await createDraft(page, `E2E session ${run}`, "Saved text.");
  const typed = "Saved text.\n\nWritten after the session ended.";
  await page.getByLabel("Body (Markdown)").fill(typed);

  await context.clearCookies(); // the session ends (expired, or signed out elsewhere)
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("link", { name: /Sign in again/ })).toBeVisible();
  await expect(page.getByLabel("Body (Markdown)")).toHaveValue(typed);

  // Leaving with unsaved changes asks first (beforeunload): go anyway.
  page.on("dialog", (dialog) => void dialog.accept());
  await signInAs(page, "editor", `/admin/articles/${id}`);
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(page.getByLabel("Body (Markdown)")).toHaveValue(typed);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("version 2")).toBeVisible({ timeout: 30_000 });
  expect(await storedBody(id)).toBe(typed);
});

test("an editor schedules an article in the site's time zone, shown with the zone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "editor");
  const title = `E2E scheduled ${run}`;
  const id = await createDraft(page, title, "Goes live later.");
  await page.getByRole("button", { name: "Schedule…" }).click();
  const hint = await page.getByText(/Read in the site's time zone, /).textContent();
  const zone = /time zone, (.+)\.$/.exec(hint ?? "")![1]!;
  const date = instantToZonedTime(new Date(Date.now() + 3 * 86_400_000), zone).date;
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel(/^Time \(/).fill("10:30");
  await page.getByRole("button", { name: "Confirm schedule" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Scheduled", { timeout: 30_000 });
  await expect(page.getByText(/goes live .* 10:30 AM [A-Z]/)).toBeVisible();

  const [row] = await sql<{ status: string; scheduledFor: Date }>(
    `SELECT status, "scheduledFor" FROM "Article" WHERE id = $1`,
    [id],
  );
  expect(row!.status).toBe("SCHEDULED");
  expect(row!.scheduledFor.toISOString()).toBe(
    zonedTimeToInstant(date, "10:30", zone)!.toISOString(),
  );
  // Not on the site before its time.
  expect((await page.request.get("/")).status()).toBe(200);
  expect(await (await page.request.get("/")).text()).not.toContain(title);

  // Reopened, rescheduling starts from the time set, in the site's zone.
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("button", { name: "Schedule…" }).click();
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue(date);
  await expect(page.getByLabel(/^Time \(/)).toHaveValue("10:30");

  await page.goto(`/admin/articles?status=SCHEDULED&q=${encodeURIComponent(title)}`);
  const listed = page.getByRole("row").filter({ hasText: title });
  await expect(listed).toContainText("Scheduled");
  await expect(listed).toContainText(/10:30 AM [A-Z]/);
});

test("unsaved text is copied to this browser every 10 seconds and offered back on reopening", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "editor");
  const id = await createDraft(page, `E2E autosave ${run}`, "Saved.");
  const typed = "Saved.\n\nTyped, never saved.";
  await page.getByLabel("Body (Markdown)").fill(typed);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `coinmela:article-draft:${id}`), {
      timeout: 20_000,
      intervals: [1_000],
    })
    .toContain("Typed, never saved.");
  // A crash or a closed tab: a new page in the same browser offers the text back.
  const again = await page.context().newPage();
  await again.goto(`/admin/articles/${id}`);
  await expect(again.getByLabel("Body (Markdown)")).toHaveValue("Saved.");
  await again.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(again.getByLabel("Body (Markdown)")).toHaveValue(typed);
  await expect(again.getByText("Unsaved changes")).toBeVisible();
});

for (const theme of THEMES) {
  test(`the article list, editor and revisions have no axe violations (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await useTheme(page, theme);
    await signInAs(page, "editor");
    const id = await createDraft(page, `E2E axe ${theme} ${run}`, "## Heading\n\nText.");
    await page
      .getByRole("textbox", { name: "Title", exact: true })
      .fill(`E2E axe ${theme} 2 ${run}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("version 2")).toBeVisible({ timeout: 30_000 });
    for (const path of [
      "/admin/articles",
      `/admin/articles/${id}`,
      `/admin/articles/${id}/revisions`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      if (path.endsWith(String(id))) {
        await expect(page.getByTestId("body-preview")).toBeVisible({ timeout: 15_000 });
      }
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
