import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The site's colour themes: the accessibility checks run in each. */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Makes every page this `page` opens from now on start in `theme` (as if chosen before). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
}

/**
 * Runs axe with its default rule set (every WCAG level and best practice axe enables by default,
 * not a chosen subset of tags) and returns one line per violation of any impact, so a test can
 * `expect(await axeViolations(page)).toEqual([])` and read the offenders in its failure message.
 * The axe version is pinned in package.json (axe-core and @axe-core/playwright), so a new release
 * cannot change what passes without a commit saying so.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "no impact"}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}
