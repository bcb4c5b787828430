import { randomBytes } from "node:crypto";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { signInAs, sql, submitSignIn } from "./fixtures";
import { axeViolations } from "./axe";

// The media library, the comment queue and bans in a real browser against the production build.

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** A published news article that other specs do not use, oldest first. */
async function quietArticle(offset = 3): Promise<{ id: number; slug: string }> {
  const [row] = await sql<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Article"
     WHERE status = 'PUBLISHED' AND kind = 'NEWS' AND "publishedAt" <= now()
     ORDER BY "publishedAt" ASC, id ASC LIMIT 1 OFFSET $1`,
    [offset],
  );
  if (!row) throw new Error("the demo seed has no published news");
  return row;
}

async function revalidate(page: Page, tags: string[]) {
  const response = await page.request.post("/api/revalidate", {
    headers: { Authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
    data: { tags },
  });
  expect(response.status()).toBe(200);
}

test("an editor uploads an image, sees it in the library, and a wrong file type is explained", async ({
  page,
}) => {
  await signInAs(page, "editor", "/admin/media");
  await expect(page.getByRole("heading", { name: "Media", level: 1 })).toBeVisible();
  // Editors also see an edit form (with its own "Alt text") under every image of the library.
  const form = page.getByRole("region", { name: "Upload an image" });

  // A text file dressed up as a JPEG: refused, the reason next to the field, the alt text kept.
  await form.getByLabel("Image file").setInputFiles({
    name: "holiday.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("this is not a picture at all\n"),
  });
  await form.getByLabel("Alt text").fill("Not really a photo");
  await form.getByRole("button", { name: "Upload image" }).click();
  const fileField = form.getByLabel("Image file");
  await expect(fileField).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Upload a JPEG, PNG, WebP or AVIF image.")).toBeVisible();
  await expect(form.getByLabel("Alt text")).toHaveValue("Not really a photo");

  // A real PNG.
  const alt = `Orange test chart ${unique()}`;
  const png = await sharp(randomBytes(1200 * 675 * 3), {
    raw: { width: 1200, height: 675, channels: 3 },
  })
    .png()
    .toBuffer();
  await form.getByLabel("Image file").setInputFiles({
    name: "chart.png",
    mimeType: "image/png",
    buffer: png,
  });
  await form.getByLabel("Alt text").fill(alt);
  await form.getByLabel("Caption (optional)").fill("Illustration: the desk");
  await form.getByRole("button", { name: "Upload image" }).click();
  await expect(form.getByRole("status")).toContainText(`Uploaded “${alt}” (1200×675)`);

  const library = page.getByRole("region", { name: /^Library/ });
  const thumbnail = library.getByRole("img", { name: alt });
  await expect(thumbnail).toBeVisible();
  await expect(
    library.getByRole("listitem").filter({ has: page.getByRole("img", { name: alt }) }),
  ).toContainText("1200×675 px");
  const src = await thumbnail.getAttribute("src");
  expect(src).toMatch(/^\/media\/[a-f0-9]{24}-480\.webp$/);
  const served = await page.request.get(src!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(480);

  // The uploaded image as an article's featured image renders on the public page.
  const [media] = await sql<{ id: number }>(`SELECT id FROM "Media" WHERE alt = $1`, [alt]);
  const article = await quietArticle();
  const [previous] = await sql<{ featuredImageId: number | null }>(
    `SELECT "featuredImageId" FROM "Article" WHERE id = $1`,
    [article.id],
  );
  await sql(`UPDATE "Article" SET "featuredImageId" = $1 WHERE id = $2`, [media!.id, article.id]);
  try {
    await revalidate(page, [`article:${article.slug}`]);
    await page.goto(`/news/${article.slug}`);
    const featured = page.getByRole("main").getByRole("img", { name: alt });
    await expect(featured).toBeVisible();
    await expect
      .poll(() => featured.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  } finally {
    await sql(`UPDATE "Article" SET "featuredImageId" = $1 WHERE id = $2`, [
      previous!.featuredImageId,
      article.id,
    ]);
    await revalidate(page, [`article:${article.slug}`]);
  }
});

test("an editor approves a pending comment and readers see it on the article", async ({ page }) => {
  const article = await quietArticle();
  const body = `A thoughtful pending comment ${unique()}`;
  await sql(
    `INSERT INTO "Comment" ("articleId", "authorId", body, status, "updatedAt")
     SELECT $1, id, $2, 'PENDING', now() FROM "User" WHERE username = 'reader'`,
    [article.id, body],
  );
  await page.goto(`/news/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(body)).toHaveCount(0);

  await signInAs(page, "editor", "/admin/comments");
  await page.goto(`/admin/comments?status=PENDING&article=${article.slug}`);
  const item = page.getByRole("listitem").filter({ hasText: body });
  await expect(item).toBeVisible();
  // Editors moderate but may not ban.
  await expect(item.getByRole("button", { name: /^Ban / })).toHaveCount(0);
  await item.getByRole("button", { name: "Approve", exact: false }).first().click();
  await expect(page.getByRole("status")).toContainText("Approved: 1 comment.");
  await expect(page.getByText(body)).toHaveCount(0);

  await page.goto(`/news/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();

  // With scripts, "select all on this page" ticks every comment for a bulk action.
  const tag = unique();
  for (const n of [1, 2]) {
    await sql(
      `INSERT INTO "Comment" ("articleId", "authorId", body, status, "updatedAt")
       SELECT $1, id, $2, 'PENDING', now() FROM "User" WHERE username = 'reader'`,
      [article.id, `Bulk ${n} ${tag}`],
    );
  }
  await page.goto(`/admin/comments?status=PENDING&article=${article.slug}`);
  await page.getByLabel("Select all on this page").check();
  for (const box of await page.getByRole("checkbox", { name: /^Select the comment/ }).all()) {
    await expect(box).toBeChecked();
  }
  await page.getByRole("button", { name: "Delete selected" }).click();
  await expect(page.getByRole("status")).toContainText("Deleted: 2 comments.");
  const rows = await sql<{ status: string }>(`SELECT status FROM "Comment" WHERE body LIKE $1`, [
    `Bulk % ${tag}`,
  ]);
  expect(rows.map((row) => row.status)).toEqual(["DELETED", "DELETED"]);
});

test("an admin bans a user, whose next request is signed out", async ({ browser }) => {
  const username = `e2e-ban-${unique()}`;
  // Same password as the demo reader: the hash is copied from that account.
  await sql(
    `INSERT INTO "User" (username, email, name, "passwordHash", role, "updatedAt")
     SELECT $1, $1 || '@example.com', 'Soon Banned', "passwordHash", 'READER', now()
     FROM "User" WHERE username = 'reader'`,
    [username],
  );
  const userContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const userPage = await userContext.newPage();
    await sql(`DELETE FROM "RateLimit"`);
    await userPage.goto("/signin?callbackUrl=%2Faccount");
    await submitSignIn(userPage, username);
    await userPage.waitForURL((url) => url.pathname === "/account", { timeout: 30_000 });
    await expect(userPage.getByRole("main")).toContainText(username);

    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, "admin", "/admin/users");
    await adminPage.goto(`/admin/users?q=${username}`);
    await adminPage.getByRole("button", { name: `Ban ${username}` }).click();
    await expect(adminPage.getByRole("status")).toContainText(`${username} is banned`);

    await userPage.goto("/account");
    await userPage.waitForURL((url) => url.pathname === "/signin");
    const [row] = await sql<{ banned: boolean }>(`SELECT banned FROM "User" WHERE username = $1`, [
      username,
    ]);
    expect(row!.banned).toBe(true);
  } finally {
    await userContext.close();
    await adminContext.close();
  }
});

test("without JavaScript: upload an image and bulk-mark comments as spam with plain form posts", async ({
  browser,
}) => {
  const article = await quietArticle(4);
  const tag = unique();
  for (const n of [1, 2]) {
    await sql(
      `INSERT INTO "Comment" ("articleId", "authorId", body, status, "updatedAt")
       SELECT $1, id, $2, 'PENDING', now() FROM "User" WHERE username = 'reader'`,
      [article.id, `No-JS spam ${n} ${tag}`],
    );
  }
  const markup = `<img src='x' onerror='alert(1)'><b id='injected'>bold</b> ${tag}`;
  await sql(
    `INSERT INTO "Comment" ("articleId", "authorId", body, status, "updatedAt")
     SELECT $1, id, $2, 'PENDING', now() FROM "User" WHERE username = 'reader'`,
    [article.id, markup],
  );
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await sql(`DELETE FROM "RateLimit"`);
    await page.goto("/signin?callbackUrl=%2Fadmin%2Fmedia");
    await submitSignIn(page, "editor");
    await page.waitForURL("**/admin/media");

    const form = page.getByRole("region", { name: "Upload an image" });
    const alt = `No-JS upload ${tag}`;
    await form.getByLabel("Image file").setInputFiles({
      name: "nojs.webp",
      mimeType: "image/webp",
      buffer: await sharp(randomBytes(64 * 48 * 3), { raw: { width: 64, height: 48, channels: 3 } })
        .webp()
        .toBuffer(),
    });
    await form.getByLabel("Alt text").fill(alt);
    await form.getByRole("button", { name: "Upload image" }).click();
    await expect(
      page.getByRole("region", { name: /^Library/ }).getByRole("img", { name: alt }),
    ).toBeVisible();

    await page.goto(`/admin/comments?status=PENDING&article=${article.slug}`);
    // Markup in a comment is shown as text, never as HTML.
    await expect(page.getByText(markup)).toBeVisible();
    await expect(page.locator("main img[src='x'], main b#injected")).toHaveCount(0);
    for (const n of [1, 2]) {
      await page
        .getByRole("listitem")
        .filter({ hasText: `No-JS spam ${n} ${tag}` })
        .getByRole("checkbox")
        .check();
    }
    // No "select all" without scripts; the ticked boxes are enough.
    await expect(page.getByLabel("Select all on this page")).toHaveCount(0);
    await page.getByRole("button", { name: "Spam selected" }).click();
    await expect(page.getByRole("status")).toContainText("Marked as spam: 2 comments.");
    const rows = await sql<{ status: string }>(`SELECT status FROM "Comment" WHERE body LIKE $1`, [
      `No-JS spam % ${tag}`,
    ]);
    expect(rows.map((row) => row.status)).toEqual(["SPAM", "SPAM"]);
  } finally {
    await context.close();
  }
});

test("the media, comments and users pages have no axe violations", async ({ page }) => {
  await signInAs(page, "admin", "/admin/media");
  for (const path of ["/admin/media", "/admin/comments", "/admin/users"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
  }
});
