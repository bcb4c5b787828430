import { expect, test } from "@playwright/test";

const REFERENCE_TITLE = "Small Caps Show Strong Start in 2026, Outperforming S&P 500";

test("the home page leads with the reference article and lists the latest ones", async ({
  page,
}) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const lead = page.getByRole("region", { name: "Lead story" });
  await expect(lead.getByRole("heading", { level: 2, name: REFERENCE_TITLE })).toBeVisible();
  await expect(lead.getByRole("link", { name: REFERENCE_TITLE })).toHaveAttribute(
    "href",
    "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500",
  );
  await expect(lead.locator("time")).toHaveAttribute("datetime", "2026-01-27T08:42:00.000Z");
  await expect(lead.locator("time")).toHaveText("January 27, 2026 3:42 am");
  // Newest first in the latest list.
  const latest = page.getByRole("region", { name: "Latest news" });
  const times = await latest
    .locator("article time")
    .evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute("datetime") ?? "")));
  expect(times.length).toBeGreaterThanOrEqual(5);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  await expect(page).toHaveTitle(/CoinMela/);
});

test("the health check reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  // One instance without REDIS_URL: its page cache is its own ("local").
  expect(await response.json()).toEqual({ status: "ok", db: "ok", cache: "local" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
