// The security headers in a real browser: every kind of response carries them, the pages' hash-
// based Content-Security-Policy lets all of Next's and our scripts run (pages hydrate, forms post)
// while an injected inline script is refused, and no other site can frame the admin. Named admin-
// because it signs in as the admin and posts a comment: it runs after the public-site specs.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signInAs, sql } from "./fixtures";

const REFERENCE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";

declare global {
  interface Window {
    cspViolations?: string[];
    injectedRan?: boolean;
  }
}

/** Records CSP violations (the DOM event and Chromium's console message) from now on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (
      /Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text())
    )
      console.push(message.text());
  });
  // Init scripts come from the browser itself, not the page: the policy does not apply to them.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => window.cspViolations ?? [])).map((v) => `event: ${v}`),
  ];
}

const scriptSources = (policy: string | undefined) =>
  /(?:^|; )script-src ([^;]*)/.exec(policy ?? "")?.[1]?.split(" ") ?? [];

/** The policy of an HTML page allows our files and hashed inline scripts only. */
function expectPagePolicy(policy: string | undefined) {
  const sources = scriptSources(policy);
  expect(sources[0]).toBe("'self'");
  expect(sources.length).toBeGreaterThan(1);
  for (const source of sources.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "connect-src 'self'",
  ]) {
    expect(policy).toContain(directive);
  }
}

/** The headers every response carries, whatever it is. */
function expectStaticHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  // The test server's origin is http: no HSTS (README, "Security headers").
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test.describe("security headers", () => {
  // Seven pages, or a sign-in and two pages, on a shared two-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("public pages, sign-in, register and a 404 run every script without a violation", async ({
    page,
  }) => {
    const violations = await watchPolicy(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const path of [
      "/",
      REFERENCE,
      "/category/stocks",
      "/search?q=bitcoin",
      "/signin",
      "/register",
      "/no-such-page-here",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(path === "/no-such-page-here" ? 404 : 200);
      expectPagePolicy(response?.headers()["content-security-policy"]);
      // Hydrated: the theme toggle is a client component and flips the page's theme.
      const html = page.locator("html");
      const theme = await html.getAttribute("data-theme");
      await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
      await expect(html, path).toHaveAttribute("data-theme", theme === "dark" ? "light" : "dark");
      // The ticker's controls work too.
      await page.getByRole("button", { name: "Pause price ticker" }).click();
      await expect(page.getByRole("button", { name: "Play price ticker" })).toBeVisible();
      await page.getByRole("button", { name: "Play price ticker" }).click();
    }
    // The article's structured data (JSON-LD) is a data block: Chromium does not check it.
    await page.goto(REFERENCE);
    await expect(page.locator('script[type="application/ld+json"]')).not.toHaveCount(0);
    const body = page.locator(".article-body p").first();
    const before = await body.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    await page.getByRole("button", { name: "A+ Larger text" }).click();
    await expect
      .poll(() => body.evaluate((node) => parseFloat(getComputedStyle(node).fontSize)))
      .toBeGreaterThan(before);
    await page.getByRole("button", { name: "A− Smaller text" }).click();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the admin editor and the comment form work under the policy", async ({ page }) => {
    const violations = await watchPolicy(page);
    await signInAs(page, "admin", "/admin/articles/new");
    const response = await page.reload();
    expectPagePolicy(response?.headers()["content-security-policy"]);
    // The editor's client code runs: the slug follows the title.
    await page.getByRole("textbox", { name: "Title", exact: true }).fill("Policy check title");
    await expect(page.getByRole("textbox", { name: "Slug", exact: true })).toHaveValue(
      "policy-check-title",
    );

    // A comment posts through the article's client form (on an article of its own choosing, not
    // the reference one other specs read).
    const [article] = await sql<{ slug: string }>(
      `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND kind = 'NEWS' AND slug <> $1
       ORDER BY "publishedAt" ASC LIMIT 1`,
      [REFERENCE.split("/").pop()],
    );
    await page.goto(`/news/${article!.slug}`);
    const comments = page.locator("#comments");
    const text = `Policy check comment ${Date.now()}`;
    await comments.getByLabel("Your comment").fill(text);
    await page.waitForTimeout(3200); // the form refuses posts faster than a person types
    await comments.getByRole("button", { name: "Post comment" }).click();
    // The server action answered: the comment is listed (or held for moderation).
    await expect(comments.getByText(/Your comment is published|awaiting moderation/)).toBeVisible({
      timeout: 15_000,
    });
    expect(await violations()).toEqual([]);
  });

  test("an injected inline script is refused", async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto(REFERENCE);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injectedRan = true";
      document.body.append(script);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^event: script-src/));
    expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
  });

  test("every kind of response carries the headers", async ({ request, page }) => {
    const html = await request.get(REFERENCE);
    expectStaticHeaders(html.headers());
    expectPagePolicy(html.headers()["content-security-policy"]);
    // Asked again, the page comes from the fast path with the same body and the same policy.
    const again = await request.get(REFERENCE);
    expect(again.headers()["content-security-policy"]).toBe(
      html.headers()["content-security-policy"],
    );
    expectStaticHeaders(again.headers());

    const json = await request.get("/api/prices");
    expect(json.status()).toBe(200);
    expectStaticHeaders(json.headers());
    expect(json.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);

    const media = await request.get("/media/no-such-file.webp");
    expect(media.status()).toBe(404);
    expectStaticHeaders(media.headers());

    await page.goto("/");
    const chunk = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    const asset = await request.get(chunk!);
    expect(asset.status()).toBe(200);
    expectStaticHeaders(asset.headers());

    const redirect = await request.get("/news/small-caps-strong-start-2026", { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expectStaticHeaders(redirect.headers());

    const missing = await request.get("/no-such-page-here");
    expect(missing.status()).toBe(404);
    expectStaticHeaders(missing.headers());
    expectPagePolicy(missing.headers()["content-security-policy"]);
  });

  test("no other site can frame the admin", async ({ page, baseURL }) => {
    await signInAs(page, "admin", "/admin/articles/new");
    const target = `${baseURL}/admin/articles/new`;
    // Another origin on the same site (127.0.0.1, another port): the browser sends the admin's
    // SameSite=Lax session cookie with the frame's request, so only the policy stands in the way.
    const attacker = http.createServer((_, response) => {
      response.setHeader("content-type", "text/html");
      response.end(`<!DOCTYPE html><title>other site</title><iframe src="${target}"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    try {
      const framed = page.waitForResponse(target);
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
      // The admin answered the frame's request (the browser, not the server, refuses to show it).
      expect((await framed).status()).toBe(200);
      // Chromium puts its error page in place of the refused frame: no editor inside.
      await expect
        .poll(() =>
          page
            .frames()
            .find((one) => one !== page.mainFrame())
            ?.url(),
        )
        .toMatch(/^chrome-error:/);
      await expect(
        page.frameLocator("iframe").getByRole("textbox", { name: "Title", exact: true }),
      ).toHaveCount(0);
    } finally {
      await new Promise<void>((resolve) => attacker.close(() => resolve()));
    }
  });
});
