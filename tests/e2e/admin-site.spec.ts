import { expect, test, type Page } from "@playwright/test";
import { signInAs, sql } from "./fixtures";
import { axeViolations, THEMES, useTheme } from "./axe";

// Site administration in a real browser: every change is made through the admin's forms, and the
// public site (whose pages are cached) shows it on the very next request. Tests run in order in
// one worker; each puts back what it changed, because other specs read the same site, and none
// needs another to have run first.
test.describe.configure({ mode: "default" });

const unique = Date.now().toString(36);

/**
 * Waits until the admin page has loaded and hydrated, so the forms submit through their actions.
 * (A public page render already in flight when a change commits could store the old data under a
 * fresh cache entry — a race inside Next's cache; nothing here starts one: the admin's links to
 * the public site are not prefetched.)
 */
async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => document.readyState === "complete");
}

/** Opens the settings form, lets `change` fill it in, saves, and waits until it is saved. */
async function saveSettings(page: Page, change: () => Promise<unknown>) {
  await page.goto("/admin/settings");
  await settled(page);
  await change();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");
}

/** The News dropdown's entries, in order (rendered even while the menu is closed). */
async function newsMenu(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Primary" });
  await nav.getByRole("button", { name: "News" }).click();
  const links = nav.locator("ul[id] a");
  await expect(links.first()).toBeVisible();
  return (await links.allTextContents()).map((text) => text.trim());
}

async function quickLinks(page: Page): Promise<string[]> {
  const links = page.getByRole("navigation", { name: "Quick Links" }).getByRole("link");
  return (await links.allTextContents()).map((text) => text.trim());
}

test("admin creates, renames and reorders a category: the public nav shows it on the next request", async ({
  page,
  request,
}) => {
  test.slow();
  const name = `E2E Nav ${unique}`;
  const renamed = `E2E Renamed ${unique}`;
  const slug = `e2e-nav-${unique}`;
  await signInAs(page, "admin", "/admin/categories");
  page.on("dialog", (dialog) => dialog.accept());
  try {
    await settled(page);
    const create = page.getByRole("region", { name: "New category" });
    await create.getByLabel("Name").fill(name);
    await create.getByRole("button", { name: "Create category" }).click();
    await expect(create.getByRole("status")).toHaveText(`Category “${name}” created.`);
    const row = page.getByRole("listitem").filter({ hasText: `/category/${slug}` });
    await expect(row).toBeVisible();

    // The public home page, cached, now lists it last.
    await page.goto("/");
    let menu = await newsMenu(page);
    expect(menu.at(-1)).toBe(name);
    const previousLast = menu.at(-2)!;
    expect((await quickLinks(page)).at(-1)).toBe(name);

    // Rename it and change its slug, then move it up one place.
    await page.goto("/admin/categories");
    await settled(page);
    await row.getByText(`Edit ${name}`).click();
    await row.getByLabel("Name").fill(renamed);
    await row.getByLabel("Slug").fill(`${slug}-moved`);
    await row.getByRole("button", { name: "Save category" }).click();
    await expect(row.getByRole("status")).toHaveText(`Category “${renamed}” saved.`);
    const movedRow = page.getByRole("listitem").filter({ hasText: `/category/${slug}-moved` });
    await settled(page);
    await movedRow.getByRole("button", { name: `Move ${renamed} up` }).click();
    await expect
      .poll(async () =>
        (await page.locator("ol[aria-label] > li p.font-semibold").allTextContents()).at(-2),
      )
      .toContain(renamed);

    // The very next public requests show the new name, in the new order, header and footer.
    await page.goto("/");
    menu = await newsMenu(page);
    expect(menu).not.toContain(name);
    expect(menu.indexOf(renamed)).toBe(menu.indexOf(previousLast) - 1);
    expect(menu.at(-1)).toBe(previousLast);
    const footer = await quickLinks(page);
    expect(footer.indexOf(renamed)).toBe(footer.indexOf(previousLast) - 1);
    // Another cached page's chrome too.
    await page.goto("/news");
    expect((await newsMenu(page)).indexOf(renamed)).toBe(menu.indexOf(renamed));

    // The old category URL answers 301 to the new one.
    const old = await request.get(`/category/${slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toMatch(new RegExp(`/category/${slug}-moved$`));
    const now = await request.get(`/category/${slug}-moved`);
    expect(now.status()).toBe(200);
    expect(await now.text()).toContain(renamed);
  } finally {
    await page.goto("/admin/categories");
    const row = page.getByRole("listitem").filter({ hasText: `/category/${slug}` });
    if (await row.count()) {
      await row
        .first()
        .getByRole("button", { name: /^Delete / })
        .click();
      await expect(row).toHaveCount(0);
    }
    await sql(`DELETE FROM "Redirect" WHERE "fromPath" LIKE $1`, [`/category/${slug}%`]);
  }
  await page.goto("/");
  expect(await newsMenu(page)).not.toContain(renamed);
});

test("deleting a category that articles use is refused with a clear message", async ({ page }) => {
  await signInAs(page, "editor", "/admin/categories");
  page.on("dialog", (dialog) => dialog.accept());
  const row = page.getByRole("listitem").filter({ hasText: "/category/bitcoin" });
  await row.getByRole("button", { name: "Delete Bitcoin" }).click();
  await expect(row.getByRole("alert")).toContainText(/Bitcoin” still has \d+ articles/);
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "/category/bitcoin" })).toBeVisible();
});

test("admin changes the site name: header and footer show it on the next request", async ({
  page,
}) => {
  test.slow();
  const original = (
    await sql<{ value: string }>(`SELECT value FROM "Setting" WHERE key = 'siteName'`)
  )[0]!.value;
  const newName = `${original} Daily ${unique}`;
  const header = page.getByRole("banner").getByRole("link", { name: new RegExp(`^${original}`) });
  const footerHeading = page.getByRole("contentinfo").getByRole("heading", { level: 2 }).first();

  await page.goto("/news"); // cached with the old name
  await expect(footerHeading).toHaveText(original);

  await signInAs(page, "admin", "/admin/settings");
  const save = (name: string) => saveSettings(page, () => page.getByLabel("Site name").fill(name));
  try {
    await save(newName);
    for (const path of ["/news", "/", "/about"]) {
      await page.goto(path);
      await expect(header.first()).toHaveText(new RegExp(newName));
      await expect(footerHeading).toHaveText(newName);
      await expect(page).toHaveTitle(new RegExp(newName));
    }
  } finally {
    await save(original);
  }
  await page.goto("/news");
  await expect(footerHeading).toHaveText(original);
});

test("admin picks an ad image from the media library: the sidebar's ad slot shows it", async ({
  page,
}) => {
  test.slow();
  const article = "/news/bitcoin-hash-rate-hits-new-high-despite-thinner-margins";
  const adSlot = page.getByRole("region", { name: "Advertisement" });
  await page.goto(article); // cached without an image
  await expect(adSlot.getByRole("img")).toHaveCount(0);
  const [media] = await sql<{ id: number; alt: string; path: string }>(
    `SELECT id, alt, path FROM "Media" ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
  );
  await signInAs(page, "admin", "/admin/settings");
  const choose = (value: string) =>
    saveSettings(page, () => page.getByLabel("Image from the media library").selectOption(value));
  try {
    await choose(String(media!.id));
    await page.goto(article);
    const image = adSlot.getByRole("img", { name: media!.alt });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute("src", media!.path);
  } finally {
    await choose("");
  }
  await page.goto(article);
  await expect(adSlot.getByRole("img")).toHaveCount(0);
});

test("settings keep bad input out and say why next to the field", async ({ page }) => {
  await signInAs(page, "admin", "/admin/settings");
  await page.getByLabel("Site name").fill("");
  await page.getByLabel("Link", { exact: true }).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Some settings need another look; nothing was saved." }),
  ).toBeVisible();
  await expect(page.getByLabel("Site name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter the site name.")).toBeVisible();
  await expect(page.getByLabel("Link", { exact: true })).toHaveValue("javascript:alert(1)");
  const stored = await sql<{ value: string }>(`SELECT value FROM "Setting" WHERE key = 'siteName'`);
  expect(stored[0]!.value).not.toBe("");
});

test("admin edits /about in Markdown with a <script>: the text shows, the script never runs", async ({
  page,
}) => {
  test.slow();
  const marker = `E2E about marker ${unique}`;
  await signInAs(page, "admin", "/admin/pages");
  await page.getByRole("link", { name: "About Us" }).click();
  const body = page.getByLabel("Body (Markdown)");
  const original = await body.inputValue();
  await settled(page);
  const save = async (text: string) => {
    await body.fill(text);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
  };
  try {
    await body.fill(
      `${original}\n\n### ${marker}\n\n<script>window.__pwned = true</script>\n\n<img src="x" onerror="window.__pwned = true">`,
    );
    // The live preview renders and sanitizes like the public page.
    const preview = page.getByTestId("page-preview");
    await expect(preview.getByRole("heading", { name: marker })).toBeVisible();
    await expect(preview.locator("script, [onerror]")).toHaveCount(0);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    await page.goto("/about");
    await expect(page.getByRole("heading", { name: marker })).toBeVisible();
    await expect(page.locator("main .article-body script, main [onerror]")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBe(
      undefined,
    );
  } finally {
    await page.goto("/admin/pages");
    await page.getByRole("link", { name: "About Us" }).click();
    await save(original);
  }
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: marker })).toHaveCount(0);
});

test("admin adds a redirect: it answers 301 on the next request, and stops when deleted", async ({
  page,
  request,
}) => {
  const from = `/e2e-old-${unique}`;
  expect((await request.get(from, { maxRedirects: 0 })).status()).toBe(404);
  await signInAs(page, "admin", "/admin/redirects");
  page.on("dialog", (dialog) => dialog.accept());
  const add = page.getByRole("region", { name: "Add a redirect" });
  await add.getByLabel("From path").fill(from);
  await add.getByLabel("Target path").fill("/category/bitcoin");
  await add.getByRole("button", { name: "Add redirect" }).click();
  await expect(add.getByRole("status")).toHaveText(`Redirect from ${from} added.`);

  const answer = await request.get(from, { maxRedirects: 0 });
  expect(answer.status()).toBe(301);
  expect(answer.headers().location).toMatch(/\/category\/bitcoin$/);

  // A loop is refused next to the field, with what was typed kept.
  await add.getByLabel("From path").fill(`${from}-b`);
  await add.getByLabel("Target path").fill(`${from}-b/`);
  await add.getByRole("button", { name: "Add redirect" }).click();
  await expect(add.getByText(/This makes a loop/)).toBeVisible();
  await expect(add.getByLabel("From path")).toHaveValue(`${from}-b`);

  await page.goto(`/admin/redirects?q=${encodeURIComponent(from)}`);
  await page.getByRole("button", { name: `Delete the redirect from ${from}` }).click();
  await expect(page.getByText("No redirect matches")).toBeVisible();
  expect((await request.get(from, { maxRedirects: 0 })).status()).toBe(404);
});

test("the audit log shows who changed what, with a readable before/after", async ({ page }) => {
  // An edit of /about by the admin to show, written here: this test must not wait for the one
  // above that edits the page through the form.
  await sql(
    `INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after)
     SELECT id, 'page.update', 'page', (SELECT id::text FROM "Page" WHERE slug = 'about'),
            $1::jsonb, $2::jsonb
     FROM "User" WHERE username = 'admin'`,
    [
      JSON.stringify({ bodySource: `About us, before ${unique}` }),
      JSON.stringify({ bodySource: `About us, after ${unique}` }),
    ],
  );
  await signInAs(page, "admin", "/admin/audit");
  await page.getByLabel("Action", { exact: true }).selectOption("page.update");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=page\.update/);
  const entry = page
    .getByRole("list", { name: "Audit entries, newest first" })
    .getByRole("listitem")
    .first();
  await expect(entry).toContainText("page.update");
  await expect(entry).toContainText("(admin)");
  await entry.getByText("Changes").click();
  await expect(entry.getByRole("rowheader", { name: "bodySource" })).toBeVisible();
});

test("an editor renames and merges tags: the article that shows the tag updates on the next request", async ({
  page,
  request,
}) => {
  test.slow();
  const article = "/news/bitcoin-hash-rate-hits-new-high-despite-thinner-margins";
  const first = `e2e-tag-${unique}`;
  const second = `e2e-keep-${unique}`;
  const tagList = page.getByRole("list", { name: "Tags" });
  await signInAs(page, "editor", "/admin/tags");
  page.on("dialog", (dialog) => dialog.accept());
  try {
    const create = page.getByRole("region", { name: "New tag" });
    for (const [name, slug] of [
      [`E2E Tag ${unique}`, first],
      [`E2E Keep ${unique}`, second],
    ]) {
      await create.getByLabel("Name").fill(name!);
      await create.getByLabel("Slug").fill(slug!);
      await create.getByRole("button", { name: "Create tag" }).click();
      await expect(create.getByRole("status")).toHaveText(`Tag “${name}” created.`);
    }
    // The article editor is another part of the admin: link the tag to the article directly, and
    // refresh its page the way an article save does.
    await sql(
      `INSERT INTO "ArticleTag" ("articleId", "tagId")
       SELECT a.id, t.id FROM "Article" a, "Tag" t WHERE a.slug = $1 AND t.slug = $2`,
      [article.split("/").at(-1), first],
    );
    const expire = await request.post("/api/revalidate", {
      headers: { Authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
      data: { tags: [`article:${article.split("/").at(-1)}`, `tag:${first}`, "tags"] },
    });
    expect(expire.status()).toBe(200);
    await page.goto(article);
    await expect(tagList.getByRole("link", { name: `#E2E Tag ${unique}` })).toBeVisible();

    // Rename (and re-slug) it: the article shows the new name, the old tag URL redirects.
    await page.goto(`/admin/tags?q=${first}`);
    const row = page.getByRole("listitem").filter({ hasText: `/tag/${first}` });
    await row.getByText(`Edit E2E Tag ${unique}`).click();
    await row.getByLabel("Name", { exact: true }).fill(`E2E Renamed Tag ${unique}`);
    await row.getByLabel("Slug", { exact: true }).fill(`${first}-renamed`);
    await row.getByRole("button", { name: "Save tag" }).click();
    await expect(row.getByRole("status")).toHaveText(`Tag “E2E Renamed Tag ${unique}” saved.`);
    await page.goto(article);
    await expect(tagList.getByRole("link", { name: `#E2E Renamed Tag ${unique}` })).toHaveAttribute(
      "href",
      `/tag/${first}-renamed`,
    );
    const old = await request.get(`/tag/${first}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect((await request.get(`/tag/${first}-renamed`)).status()).toBe(200);

    // Merge it into the other tag: the article now shows that one, and both old URLs lead there.
    await page.goto(`/admin/tags?q=${first}`);
    await page.getByText(`Merge E2E Renamed Tag ${unique} into another tag`).click();
    await page.getByLabel("Slug of the tag to keep").fill(second);
    await page.getByRole("button", { name: `Merge E2E Renamed Tag ${unique}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tags merged" })).toBeVisible();
    await expect(page.getByText(`/tag/${second} · 1 article`)).toBeVisible();
    await page.goto(article);
    await expect(tagList.getByRole("link", { name: `#E2E Keep ${unique}` })).toBeVisible();
    await expect(tagList.getByRole("link", { name: /E2E Renamed Tag/ })).toHaveCount(0);
    for (const path of [`/tag/${first}`, `/tag/${first}-renamed`]) {
      const moved = await request.get(path, { maxRedirects: 0 });
      expect(moved.status(), path).toBe(301);
      expect(moved.headers().location).toMatch(new RegExp(`/tag/${second}$`));
    }
    const kept = await request.get(`/tag/${second}`);
    expect(await kept.text()).toContain("Bitcoin Hash Rate");

    // Deleting it takes it off the article.
    await page.goto(`/admin/tags?q=${second}`);
    await page.getByRole("button", { name: `Delete E2E Keep ${unique}` }).click();
    await expect(page.getByText(`No tag matches “${second}”.`)).toBeVisible();
    await page.goto(article);
    await expect(page.getByText(`E2E Keep ${unique}`)).toHaveCount(0);
  } finally {
    await sql(`DELETE FROM "Tag" WHERE slug LIKE $1 OR slug LIKE $2`, [`${first}%`, `${second}%`]);
    await sql(`DELETE FROM "Redirect" WHERE "fromPath" LIKE $1`, [`/tag/e2e-%${unique}%`]);
  }
});

test("an editor manages categories and tags but gets 403 on the admin-only pages", async ({
  page,
}) => {
  await signInAs(page, "editor", "/admin/categories");
  await expect(page.getByRole("heading", { name: "Categories", level: 1 })).toBeVisible();
  const tags = await page.goto("/admin/tags");
  expect(tags?.status()).toBe(200);
  for (const path of ["/admin/settings", "/admin/pages", "/admin/redirects", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the move buttons reorder the nav with plain form posts", async ({ page }) => {
    test.slow();
    const order = async () =>
      (await page.locator("ol[aria-label] > li p.font-semibold").allTextContents()).map((text) =>
        text.replace(/^\d+\.\s*/, ""),
      );
    await signInAs(page, "admin", "/admin/categories");
    const before = await order();
    const last = before.at(-1)!;
    await page.getByRole("button", { name: `Move ${last} up` }).click();
    await page.waitForLoadState("load");
    await expect.poll(order).toEqual([...before.slice(0, -2), last, before.at(-2)!]);
    await page.goto("/admin/categories");
    await page.getByRole("button", { name: `Move ${last} down` }).click();
    await page.waitForLoadState("load");
    await expect.poll(order).toEqual(before);
  });
});

for (const theme of THEMES) {
  test(`the site-administration pages have no axe violations (${theme} theme)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await useTheme(page, theme);
    await signInAs(page, "admin", "/admin/categories");
    for (const path of [
      "/admin/categories",
      "/admin/tags",
      "/admin/pages",
      "/admin/pages/new",
      "/admin/redirects",
      "/admin/settings",
      "/admin/audit",
    ]) {
      await page.goto(path);
      // Open every collapsed edit form, so its fields are checked too.
      await page.locator("details").evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
