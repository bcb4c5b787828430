import { expect, test } from "@playwright/test";
import { axeViolations, THEMES, useTheme } from "./axe";

const PAGES = [
  ["home", "/"],
  ["category", "/category/stocks"],
  ["article", "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500"],
  ["search", "/search?q=bitcoin"],
] as const;

for (const theme of THEMES) {
  for (const [name, path] of PAGES) {
    test(`${name} page has no axe violations (${theme} theme)`, async ({ page }) => {
      // axe over a full page (header with the price strip included) takes 20-30 s on this shared
      // machine under load; the default 30 s left no margin.
      test.setTimeout(90_000);
      await useTheme(page, theme);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      // The header's marquee restyles its items on every frame, which makes axe's style reads
      // several times slower (past the time limit on a busy machine); paused, the DOM is the same.
      await page.getByRole("button", { name: "Pause price ticker" }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
