import { expect, test } from "@playwright/test";

const REFERENCE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";
const TITLE = "Small Caps Show Strong Start in 2026, Outperforming S&P 500";

test.describe("article page", () => {
  test("shows every element of the reference layout", async ({ page }) => {
    await page.goto(REFERENCE);
    await expect(page.getByRole("link", { name: "Stocks", exact: true }).first()).toHaveAttribute(
      "href",
      "/category/stocks",
    );
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("link", { name: "News Desk" }).first()).toHaveAttribute(
      "href",
      "/author/news-desk",
    );
    await expect(
      page.locator("time").filter({ hasText: "January 27, 2026 3:42 am" }).first(),
    ).toBeVisible();
    await expect(page.getByText(/Last updated/)).toBeVisible();
    const image = page.locator("figure img");
    await expect(image).toHaveAttribute("alt", /line chart/);
    await expect(page.locator("figcaption")).toHaveText("Illustration: CoinMela");
    await expect(page.locator(".article-body h2")).toHaveCount(4);
    await expect(
      page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "#Small Caps" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related articles" })).toBeVisible();
    await expect(page.getByRole("region", { name: "About News Desk" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Popular News" })).toBeVisible();
    await expect(page.getByText("Advertisement", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Follow Us on Socials" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Leave a Comment" })).toBeVisible();
  });

  test("share links carry the article URL and no third-party script loads", async ({ page }) => {
    const external: string[] = [];
    page.on("request", (request) => {
      if (
        !request.url().startsWith(new URL(page.url() || "http://127.0.0.1").origin) &&
        !request.url().startsWith("data:")
      ) {
        external.push(request.url());
      }
    });
    await page.goto(REFERENCE);
    const share = page.getByRole("region", { name: "Share This Article" });
    for (const name of ["X", "Facebook", "WhatsApp", "LinkedIn", "Telegram"]) {
      const href = await share
        .getByRole("link", { name: new RegExp(`^${name}`) })
        .getAttribute("href");
      expect(decodeURIComponent(href ?? "")).toContain(REFERENCE);
    }
    await expect(share.getByRole("button", { name: "Copy link" })).toBeVisible();
    expect(external.filter((url) => !url.includes("127.0.0.1"))).toEqual([]);
  });

  test("the Reading bar appears once the title scrolls away", async ({ page }) => {
    await page.goto(REFERENCE);
    const bar = page.getByTestId("reading-bar");
    await expect(bar).toHaveAttribute("aria-hidden", "true");
    await page.mouse.wheel(0, 1500);
    await expect(bar).toHaveAttribute("aria-hidden", "false");
    await expect(bar).toContainText(`Reading: ${TITLE}`);
    await expect(bar.getByRole("button", { name: "Share" })).toBeVisible();
  });

  test("an old slug redirects permanently to the current URL", async ({ request }) => {
    const response = await request.get("/news/small-caps-strong-start-2026", { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()["location"]).toBe(REFERENCE);
  });

  test("carries NewsArticle and BreadcrumbList structured data", async ({ page }) => {
    await page.goto(REFERENCE);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
    const article = data.find((d) => d["@type"] === "NewsArticle");
    expect(article).toMatchObject({ headline: TITLE, datePublished: "2026-01-27T08:42:00.000Z" });
    expect(data.some((d) => d["@type"] === "BreadcrumbList")).toBe(true);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${REFERENCE}$`),
    );
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
      "content",
      /small-caps/,
    );
  });
});

test.describe("site chrome", () => {
  test("the News dropdown works from the keyboard", async ({ page }) => {
    await page.goto("/");
    const button = page
      .getByRole("navigation", { name: "Primary" })
      .getByRole("button", { name: "News" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("link", { name: "All News" }).first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("link", { name: "Bitcoin", exact: true }).first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
  });

  test("font size and theme persist across reloads", async ({ page }) => {
    await page.goto(REFERENCE);
    const body = page.locator(".article-body p").first();
    const before = await body.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    await page.getByRole("button", { name: "A+ Larger text" }).click();
    await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
    const theme = await page.locator("html").getAttribute("data-theme");
    await page.reload();
    const after = await body.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(after).toBeGreaterThan(before);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme!);
    await expect(page.getByRole("button", { name: "A+ Larger text" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  for (const path of [
    "/no-such-page-here",
    "/news/no-such-article",
    "/a/b/c",
    // Percent-encoding that does not decode: once a 500 from Next's router.
    "/%ff",
    "/media/%ff",
    "/api/articles/%00%ff",
  ]) {
    test(`unknown URLs get a real 404 with search and the latest news: ${path}`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(
        page.getByRole("heading", { level: 1, name: /couldn’t find that page/ }),
      ).toBeVisible();
      await expect(page.getByRole("search").last()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
      // The site chrome, exactly once.
      await expect(page.getByRole("navigation", { name: "Primary" })).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
    });
  }
});

test.describe("browsing and search", () => {
  test("home → category → article → author → tag", async ({ page }) => {
    // Five page loads in one test: next to the account flows (argon2 hashing on the same two
    // cores) the default 30 s was sometimes not enough.
    test.slow();
    await page.goto("/");
    await page.getByRole("link", { name: "More Stocks news" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Stocks" })).toBeVisible();
    await page
      .getByRole("link", { name: "Earnings Season Opens With Banks Beating Forecasts" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Earnings Season Opens With Banks Beating Forecasts",
    );
    await page.getByRole("link", { name: "Daniel Reyes" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Daniel Reyes" })).toBeVisible();
    await page.goto("/tag/small-caps");
    await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  });

  test("lists paginate with real links and out-of-range pages are 404", async ({
    page,
    request,
  }) => {
    await page.goto("/news");
    await expect(page.locator('link[rel="next"]')).toHaveAttribute("href", "/news?page=2");
    await page
      .getByRole("navigation", { name: "Pagination" })
      .getByRole("link", { name: "Page 2" })
      .click();
    await expect(page).toHaveURL(/\/news\?page=2$/);
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute("href", "/news");
    expect((await request.get("/news?page=999")).status()).toBe(404);
    expect((await request.get("/news?page=abc")).status()).toBe(404);
  });

  test("search ranks and highlights matches", async ({ page }) => {
    await page.goto("/search?q=small+caps");
    const first = page.getByRole("article").first();
    await expect(first.getByRole("heading")).toHaveText(TITLE);
    await expect(first.locator("mark").first()).toBeVisible();
  });

  for (const query of [
    "",
    "x".repeat(2000),
    "' OR 1=1; --",
    "<script>alert(1)</script>",
    "🚀 moon",
    '"unbalanced',
    "a & | ! :* b",
  ]) {
    test(`search answers a page for ${JSON.stringify(query.slice(0, 30))}`, async ({ page }) => {
      let dialog = false;
      page.on("dialog", async (d) => {
        dialog = true;
        await d.dismiss();
      });
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
      expect(dialog).toBe(false);
    });
  }
});
