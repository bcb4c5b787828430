import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { forgetSignInAttempts, sql, submitSignIn } from "./fixtures";

// Accounts and comments in a real browser, against the production build.

// Whole flows on a loaded machine: more time than the default 30 s per test, and than the default
// 5 s per assertion (the header and the comments read the session in the browser after load).
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ARTICLE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";
const PASSWORD = "e2e-Passphrase-2026";

// Every test signs in or registers from 127.0.0.1: start each with no counted attempts.
test.beforeEach(forgetSignInAttempts);

const unique = () => `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function register(page: Page, username: string, name = `Tester ${username}`) {
  await page.goto(`/register?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email Address").fill(`${username}@example.com`);
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`**${ARTICLE}`);
}

async function signOut(page: Page) {
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function signInOnPage(page: Page, identifier: string, password = PASSWORD) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await submitSignIn(page, identifier, password);
}

/** The comment form refuses posts faster than a person types. */
const humanPause = (page: Page) => page.waitForTimeout(3200);

/**
 * Opens an article with `open` and waits until its comment section has fetched the viewer's
 * form token (its render time is the fetch's, not the page load's: on a busy machine the fetch
 * can come seconds later), then pauses like a reader before posting.
 */
async function openComments(page: Page, open: () => Promise<unknown>) {
  const loaded = page.waitForResponse(
    (response) =>
      response.url().includes("/api/comments?") && response.request().method() === "GET",
  );
  await open();
  await loaded;
  await humanPause(page);
}

test("register, sign out, sign in by username and by email, then comment, reply, edit and delete", async ({
  page,
}) => {
  const alerts: string[] = [];
  page.on("dialog", (dialog) => {
    if (dialog.type() === "confirm") return void dialog.accept();
    alerts.push(dialog.message());
    return void dialog.dismiss();
  });
  const username = unique();

  // Registration errors are per field, and what was typed stays.
  await page.goto("/register");
  await page.getByLabel("Username").fill("x!");
  await page.getByLabel("Email Address").fill("not-an-email");
  await page.getByLabel("Display name").fill("Someone");
  await page.getByLabel("Password").fill("short");
  await expect(page.getByTestId("password-strength")).toContainText("Too short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 3 characters.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Someone");

  await register(page, username);
  await expect(page.getByRole("banner")).toContainText(`Tester ${username}`);
  await signOut(page);

  await signInOnPage(page, username.toUpperCase(), "wrong password!!");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match an account");
  await expect(page.getByLabel("Username or Email Address")).toHaveValue(username.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`**${ARTICLE}`);
  await signOut(page);
  await openComments(page, async () => {
    await signInOnPage(page, `${username}@example.com`);
    await page.waitForURL(`**${ARTICLE}`);
  });
  await expect(page.getByRole("banner")).toContainText(`Tester ${username}`);

  // First comment: held, visible to its author only. Its body tries to run script.
  const comments = page.locator("#comments");
  await comments
    .getByLabel("Your comment")
    .fill('First! <script>alert("x")</script> <img src=x onerror=alert(1)> https://example.com/a');
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByText("awaiting moderation").first()).toBeVisible();
  const held = comments.getByRole("article", { name: `Comment by Tester ${username}` });
  await expect(held).toContainText("Awaiting moderation");
  await expect(held.getByRole("link", { name: "https://example.com/a" })).toHaveAttribute(
    "rel",
    "nofollow ugc noopener",
  );
  expect(await comments.locator("script, img[src='x']").count()).toBe(0);

  // A moderator approves it; the next comment is published straight away.
  await sql(
    `UPDATE "Comment" SET status = 'APPROVED' WHERE "authorId" = (SELECT id FROM "User" WHERE username = $1)`,
    [username],
  );
  await page.reload();
  await humanPause(page);
  await comments.getByLabel("Your comment").fill("Second comment, published at once.");
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByText("Your comment is published.")).toBeVisible();
  const second = comments
    .getByRole("article")
    .filter({ hasText: "Second comment, published at once." });
  await expect(second).toBeVisible();
  await expect(second).not.toContainText("Awaiting moderation");

  // Reply to it.
  await second.getByRole("button", { name: "Reply" }).click();
  await humanPause(page);
  await comments.getByLabel("Your reply").fill("Replying to myself.");
  await comments.getByRole("button", { name: "Post reply" }).click();
  const reply = comments
    .getByRole("list", { name: `Replies to Tester ${username}` })
    .getByRole("article")
    .filter({ hasText: "Replying to myself." });
  await expect(reply).toBeVisible();

  // Edit it: marked as edited.
  await reply.getByRole("button", { name: "Edit" }).click();
  await comments.getByLabel("Edit your comment").fill("Replying to myself, edited.");
  await comments.getByRole("button", { name: "Save" }).click();
  await expect(comments.getByText("Replying to myself, edited.")).toBeVisible();
  await expect(
    comments.getByRole("article").filter({ hasText: "Replying to myself, edited." }),
  ).toContainText("(edited)");

  // Delete the parent: the reply keeps its place under "Comment deleted".
  await second.getByRole("button", { name: "Delete" }).click();
  await expect(comments.getByText("Comment deleted")).toBeVisible();
  await expect(comments.getByText("Replying to myself, edited.")).toBeVisible();

  // Everyone else sees the published comments in the cached page, and no form.
  const anonymous = await page.context().browser()!.newPage();
  await anonymous.goto(ARTICLE);
  await expect(
    anonymous.locator("#comments").getByText("Replying to myself, edited."),
  ).toBeVisible();
  await expect(
    anonymous.locator("#comments").getByRole("link", { name: "Sign in to comment" }),
  ).toBeVisible();
  await anonymous.close();
  expect(alerts).toEqual([]);
});

test("the sign-in dialog opens from the header and returns to the page", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign in" });
  await expect(dialog.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await expect(dialog.getByText("Sign in to your account")).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Lost your password?" })).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Register" })).toBeVisible();
  await submitSignIn(dialog, "reader", "wrong password");
  await expect(dialog.getByRole("alert")).toContainText("do not match");
  await expect(dialog.getByLabel("Username or Email Address")).toHaveValue("reader");
  await dialog.getByLabel("Password").fill("coinmela-demo-2026");
  await dialog.getByLabel("Remember me").check();
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner")).toContainText("Rui Reader");
  expect(new URL(page.url()).pathname).toBe(ARTICLE);

  // "Sign in to comment" opens the same dialog for anonymous readers.
  await page.context().clearCookies();
  await page.reload();
  await page.locator("#comments").getByRole("link", { name: "Sign in to comment" }).click();
  await expect(page.getByRole("dialog", { name: "Sign in" })).toBeVisible();
});

test("sign-in works without JavaScript, keeping the typed username on error", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2Fnews");
  await submitSignIn(page, "reader@example.com", "not the password");
  await expect(page.getByText("do not match an account")).toBeVisible();
  await expect(page.getByLabel("Username or Email Address")).toHaveValue("reader@example.com");
  await page.getByLabel("Password").fill("coinmela-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/news");
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await context.close();
});

async function resetLinkFor(email: string): Promise<string> {
  const dir = process.env.E2E_OUTBOX_DIR;
  if (!dir) throw new Error("E2E_OUTBOX_DIR is not set");
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const file of (await readdir(dir)).sort().reverse()) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as {
        to: string;
        text: string;
      };
      const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
      if (mail.to === email && link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no reset mail for ${email}`);
}

test("a forgotten password is reset through the emailed link, once", async ({ page }) => {
  const username = unique();
  await register(page, username);
  await signOut(page);

  await page.goto("/signin");
  await page.getByRole("link", { name: "Lost your password?" }).click();
  await page.waitForURL("**/forgot-password");
  await page.getByLabel("Email Address", { exact: true }).fill("nobody-at-all@example.com");
  await page.getByRole("button", { name: "Send reset link" }).click();
  const answer = page.getByText("If an account exists for that email address");
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();

  await page.goto("/forgot-password");
  await page
    .getByLabel("Email Address", { exact: true })
    .fill(`${username.toUpperCase()}@Example.com`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(answer).toBeVisible();
  expect(await answer.textContent()).toBe(unknownAnswer);

  const link = await resetLinkFor(`${username}@example.com`);
  await page.goto(link);
  await page.getByLabel("New password").fill("A-new-passphrase-2026");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await submitSignIn(page, username, "A-new-passphrase-2026");
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("banner")).toContainText(`Tester ${username}`);

  await page.goto(link);
  await expect(page.getByText("expired or was already used")).toBeVisible();
});

test("account page: signed-out visitors go to sign-in and come back", async ({ page }) => {
  await page.goto("/account");
  await page.waitForURL("**/signin?callbackUrl=%2Faccount");
  await submitSignIn(page, "reader");
  await page.waitForURL("**/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByLabel("Bio").fill("Reads the small-cap news first.");
  await page.getByLabel("Website").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter a full https:// link to your website.")).toBeVisible();
  await expect(page.getByLabel("Bio")).toHaveValue("Reads the small-cap news first.");
  await page.getByLabel("Website").fill("https://reader.example");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
});

test("sign out everywhere ends other sessions at their next request", async ({ browser }) => {
  const username = unique();
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  await register(a, username);
  const b = await second.newPage();
  await signInOnPage(b, username);
  await b.waitForURL(`**${ARTICLE}`);
  await expect(b.getByRole("banner")).toContainText(`Tester ${username}`);

  await a.goto("/account");
  await a.getByRole("button", { name: "Sign out everywhere" }).click();
  await a.waitForURL("**/signin?signedOut=1");
  await b.goto("/account");
  await b.waitForURL("**/signin?callbackUrl=%2Faccount");
  await first.close();
  await second.close();
});

test("posting a comment keeps the article page cached for everyone and refreshes only its comments", async ({
  page,
  request,
}) => {
  // An article of its own, in a category of its own, older than every other: no other spec's
  // change (a comment, an edit, a list refresh) touches a tag this page carries.
  const own = unique();
  const [category] = await sql(
    `INSERT INTO "Category" (slug, name, position, "updatedAt") VALUES ($1, $2, 999, now()) RETURNING id`,
    [`cat-${own}`, `Cache check ${own}`],
  );
  await sql(
    `INSERT INTO "Article" (slug, title, "bodySource", "bodyHtml", "bodyText", status, "publishedAt",
                            "categoryId", "updatedAt")
     VALUES ($1, $2, 'Kept cached.', '<p>Kept cached.</p>', 'Kept cached.', 'PUBLISHED',
             '2001-01-01T00:00:00Z', $3, now())`,
    [`cache-check-${own}`, `Cache check ${own}`, category?.id],
  );
  const path = `/news/cache-check-${own}`;
  try {
    const cacheState = async () => (await request.get(path)).headers()["x-nextjs-cache"] ?? "none";
    await request.get(path);
    expect(await cacheState()).toBe("HIT");

    await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    await submitSignIn(page, "reader");
    await page.waitForURL(`**${path}`);
    // A signed-in reader gets the same cached page: the session is read in the browser.
    expect(await cacheState()).toBe("HIT");
    const text = `Cache check ${unique()}`;
    await humanPause(page);
    await page.locator("#comments").getByLabel("Your comment").fill(text);
    await humanPause(page); // the re-rendered form carries a fresh render time
    await page.locator("#comments").getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Your comment is published.")).toBeVisible();

    // The next anonymous request gets the page rebuilt with the comment, then cached again.
    expect(await (await request.get(path)).text()).toContain(text);
    expect(await cacheState()).toBe("HIT");
  } finally {
    // Gone again before the admin specs, which pick "quiet" articles by age.
    await sql(`DELETE FROM "Article" WHERE slug = $1`, [`cache-check-${own}`]);
    await sql(`DELETE FROM "Category" WHERE slug = $1`, [`cat-${own}`]);
  }
});

test("a ban ends the session at the next request", async ({ page }) => {
  const username = unique();
  await register(page, username);
  await expect(page.getByRole("banner")).toContainText(`Tester ${username}`);
  await sql(`UPDATE "User" SET banned = true, "bannedAt" = now() WHERE username = $1`, [username]);
  await page.reload();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(
    page.locator("#comments").getByRole("link", { name: "Sign in to comment" }),
  ).toBeVisible();
  await signInOnPage(page, username);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("suspended");
});

test("comments can be posted without JavaScript, and an error keeps the text", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await submitSignIn(page, "reader");
  await page.waitForURL(`**${ARTICLE}`);

  const comments = page.locator("#comments");
  const tooLong = "x".repeat(5001);
  // Past the maxlength a browser enforces on typing, as a crafted request could send.
  await comments.getByLabel("Your comment").evaluate((element, value) => {
    element.removeAttribute("maxlength");
    (element as HTMLTextAreaElement).value = value;
  }, tooLong);
  await humanPause(page);
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(
    page.locator("#comments").getByText("Keep it under 5,000 characters."),
  ).toBeVisible();
  await expect(page.locator("#comments").getByLabel("Your comment")).toHaveValue(tooLong);

  const text = `Posted without JavaScript ${unique()}`;
  await page.locator("#comments").getByLabel("Your comment").fill(text);
  await humanPause(page); // the re-rendered form carries a fresh render time
  await page.locator("#comments").getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator("#comments").getByText("Your comment is published.")).toBeVisible();
  const check = await browser.newPage();
  await check.goto(ARTICLE);
  await expect(check.locator("#comments").getByText(text)).toBeVisible();
  await check.close();
  await context.close();
});

test("markup in names, bios and comments renders inert", async ({ page }) => {
  const alerts: string[] = [];
  page.on("dialog", (dialog) => {
    alerts.push(dialog.message());
    return void dialog.dismiss();
  });
  const name = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  await register(page, unique(), name);
  await expect(page.getByRole("banner")).toContainText("<img src=x");
  await page.goto("/account");
  await page
    .getByLabel("Bio")
    .fill('<svg onload=alert(3)></svg><a href="javascript:alert(4)">x</a>');
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await openComments(page, () => page.goto(ARTICLE));
  await page
    .locator("#comments")
    .getByLabel("Your comment")
    .fill('"><svg/onload=alert(5)> <a href="javascript:alert(6)">x</a> javascript:alert(7)');
  await page.locator("#comments").getByRole("button", { name: "Post comment" }).click();
  await expect(
    page.locator("#comments").getByText("Awaiting moderation", { exact: true }),
  ).toBeVisible();
  await expect(page.locator("#comments")).toContainText(name);
  expect(
    await page.locator("#comments svg, #comments img[src='x'], #comments script").count(),
  ).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(alerts).toEqual([]);
});

test("a forged X-Forwarded-For is not the address rate limits count", async ({ browser }) => {
  // The forged address has used up its registrations; the request really comes from 127.0.0.1,
  // which has not. If the server believed the header, this registration would be refused.
  const forged = "198.51.100.77";
  // rate-limiter-flexible's row: "<policy>:<hashed value>", points used, window end in epoch ms.
  const key = `registrationByIp:${createHash("sha256").update(forged).digest("base64url").slice(0, 32)}`;
  await sql(
    `INSERT INTO "RateLimit" ("key", "points", "expire") VALUES ($1, 99, $2)
     ON CONFLICT ("key") DO UPDATE SET "points" = 99, "expire" = $2`,
    [key, Date.now() + 3600_000],
  );
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": forged } });
  const page = await context.newPage();
  const username = unique();
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email Address").fill(`${username}@example.com`);
  await page.getByLabel("Display name").fill("Forger");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname !== "/register");
  expect(await sql(`SELECT 1 FROM "User" WHERE username = $1`, [username])).toHaveLength(1);
  await context.close();
});
