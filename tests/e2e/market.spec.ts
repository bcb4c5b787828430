import { expect, test, type Page } from "@playwright/test";

const TICKER = [
  "Bitcoin",
  "Ethereum",
  "Tether",
  "BNB",
  "XRP",
  "USDC",
  "Solana",
  "TRON",
  "Lido Staked Ether",
  "Dogecoin",
];
// The market pages render 100 rows on request; on a loaded machine that takes a while.
test.describe.configure({ timeout: 90_000 });

const ARTICLE = "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500";

function tickerList(page: Page) {
  return page
    .getByRole("region", { name: "Crypto prices" })
    .getByRole("list", { name: "Prices, 24 hour change" });
}

/** The marquee's current horizontal offset in pixels. */
async function trackOffset(page: Page): Promise<number> {
  return page
    .locator(".ticker-track")
    .evaluate((node) => new DOMMatrix(getComputedStyle(node).transform).m41);
}

test("the first HTML has the ticker's ten prices, in order", async ({ request }) => {
  const html = await (await request.get(ARTICLE)).text();
  const list = /<ul aria-label="Prices, 24 hour change"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1];
  expect(list).toBeTruthy();
  const items = [...list!.matchAll(/<li[\s\S]*?<\/li>/g)].map((m) => m[0]);
  expect(items).toHaveLength(10);
  expect(items[0]).toContain("$88,301.00");
  for (const item of items) expect(item).toMatch(/\$[\d,]+\.\d{2}/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the ticker shows ten linked prices with change, as-of time and source", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const items = tickerList(page).getByRole("listitem");
    await expect(items).toHaveCount(10);
    for (const [index, name] of TICKER.entries()) {
      await expect(items.nth(index)).toContainText(name);
      await expect(items.nth(index)).toContainText(/\$\d/);
      await expect(items.nth(index)).toContainText(/[+-]\d+\.\d{2}%|0\.00%/);
    }
    await expect(items.first().getByRole("link")).toHaveAttribute("href", "/market/bitcoin");
    const strip = page.getByRole("region", { name: "Crypto prices" });
    await expect(strip.locator("time")).toHaveText(/^\d{2}:\d{2}$/);
    await expect(strip).toContainText(/Demo prices|Price data by CoinGecko/);
  });

  test("the market table sorts through links", async ({ page }) => {
    await page.goto("/market");
    await page.getByRole("columnheader", { name: "Price" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/market\?sort=price$/);
    const prices = await page
      .locator("tbody tr td:nth-of-type(2)")
      .allTextContents()
      .then((texts) => texts.map((t) => Number(t.replace(/[$,]/g, ""))));
    expect(prices.length).toBe(100);
    expect([...prices].sort((a, b) => b - a)).toEqual(prices);
  });
});

test("Pause stops the marquee and Play starts it again", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(ARTICLE);
  await page.mouse.move(0, 600); // not hovering the strip
  const first = await trackOffset(page);
  await expect.poll(() => trackOffset(page)).not.toBe(first);

  await page.getByRole("button", { name: "Pause price ticker" }).click();
  await page.mouse.move(0, 600);
  await page.locator("body").focus();
  const paused = await trackOffset(page);
  await page.waitForTimeout(700);
  expect(await trackOffset(page)).toBe(paused);

  await page.getByRole("button", { name: "Play price ticker" }).click();
  await page.mouse.move(0, 600);
  await page.locator("body").focus();
  await expect.poll(() => trackOffset(page)).not.toBe(paused);
});

test("under reduced motion the strip stands still and shows each price once", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(ARTICLE);
  const track = page.locator(".ticker-track");
  await expect(track).toHaveCSS("animation-name", "none");
  const before = await trackOffset(page);
  await page.waitForTimeout(700);
  expect(await trackOffset(page)).toBe(before);
  await expect(page.locator(".ticker-copy")).toBeHidden();
  await expect(page.getByRole("button", { name: /price ticker/ })).toBeHidden();
  await expect(tickerList(page).getByRole("listitem")).toHaveCount(10);
});

test("the market table sorts by a column both ways and keeps the sort in the URL", async ({
  page,
}) => {
  await page.goto("/market");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crypto prices by market cap");
  await expect(page.getByText(/total market cap/)).toContainText("$");
  const firstNames = () => page.locator("tbody tr th").allTextContents();
  expect((await firstNames())[0]).toContain("Bitcoin");

  const header = page.getByRole("columnheader", { name: /^24h/ });
  await header.getByRole("link").click();
  // A client-side navigation to a page rendered on request: slow on a loaded machine.
  await expect(page).toHaveURL(/sort=change24h/, { timeout: 30_000 });
  await expect(page.getByRole("columnheader", { name: /^24h/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const changes = async () =>
    (await page.locator("tbody tr td:nth-of-type(4)").allTextContents()).map((t) =>
      Number(t.replace(/[▲▼■%+]/g, "")),
    );
  const descending = await changes();
  expect([...descending].sort((a, b) => b - a)).toEqual(descending);

  await page.getByRole("columnheader", { name: /^24h/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=change24h&dir=asc/, { timeout: 30_000 });
  const ascending = await changes();
  expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);
  await expect(page.locator("tbody svg[role=img]").first()).toHaveAttribute(
    "aria-label",
    /7-day trend/,
  );
});

test("a coin page shows its stats, chart and the articles tagged with the coin", async ({
  page,
}) => {
  const response = await page.goto("/market/bitcoin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bitcoin");
  await expect(page.getByRole("img", { name: "Bitcoin price, last 7 days" })).toBeVisible();
  await expect(page.locator("figcaption")).toContainText(/Over the last 7 days Bitcoin moved from/);
  await expect(page.getByText("All-time high")).toBeVisible();

  const news = page.getByRole("region", { name: "Latest Bitcoin news" });
  const links = news.getByRole("heading", { level: 3 }).getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await expect(page).toHaveURL(/\/news\//);
  await expect(page.locator('a[href="/tag/bitcoin"]').first()).toBeVisible();
});

test("unknown coins get the 404 page", async ({ page }) => {
  expect((await page.goto("/market/not-a-real-coin"))?.status()).toBe(404);
  expect((await page.goto("/market/Bad%20Id"))?.status()).toBe(404);
});

test("GET /api/prices answers cacheable JSON and refuses unknown ids", async ({ request }) => {
  const response = await request.get("/api/prices");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const body = (await response.json()) as { assets: { name: string }[] };
  expect(body.assets.map((asset) => asset.name)).toEqual(TICKER);
  const bad = await request.get("/api/prices?ids=bitcoin,bogus");
  expect(bad.status()).toBe(422);
  const { issues } = (await bad.json()) as { issues: { field: string; message: string }[] };
  expect(issues[0]?.message).toContain("bogus");
});
