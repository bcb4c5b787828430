import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  ["home", "/"],
  ["category", "/category/stocks"],
  ["article", "/news/small-caps-show-strong-start-in-2026-outperforming-sp-500"],
  ["search", "/search?q=bitcoin"],
] as const;

for (const theme of ["light", "dark"] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} page has no serious or critical axe violations (${theme} theme)`, async ({
      page,
    }) => {
      await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")}`,
        );
      expect(serious).toEqual([]);
    });
  }
}
