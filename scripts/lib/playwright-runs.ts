/** The Playwright projects, in the order playwright.config.ts lists them and the suite runs them. */
export const E2E_PROJECTS = ["chromium", "admin", "stack"] as const;

/**
 * The Playwright runs `npm run test:e2e` makes. Given no project, every project runs, one after
 * the other in config order, each with `--no-deps`: Playwright skips every project that depends on
 * a failed one, so one public-site failure used to hide all admin and stack tests. Run apart, each
 * project reports all of its own failures, and the order (public site, then admin, then the stack)
 * is kept. `--pass-with-no-tests`, because a filter such as a spec path selects tests of one
 * project only.
 */
export function playwrightRuns(args: string[]): { project?: string; args: string[] }[] {
  if (args.some((arg) => arg === "--project" || arg.startsWith("--project="))) return [{ args }];
  return E2E_PROJECTS.map((project) => ({
    project,
    args: ["--project", project, "--no-deps", "--pass-with-no-tests", ...args],
  }));
}
