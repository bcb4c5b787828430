import { describe, expect, it } from "vitest";
import { firstLine, playwrightFailures, vitestFailures } from "./test-failures";

describe("test failure list", () => {
  it("names failed Vitest tests and files that did not load, with their first error line", () => {
    const lines = vitestFailures(
      "integration",
      {
        testResults: [
          {
            name: "/repo/tests/integration/a.test.ts",
            assertionResults: [
              { fullName: "a passes", status: "passed", failureMessages: [] },
              {
                fullName: "a counts",
                status: "failed",
                failureMessages: [
                  "\n\u001b[31mAssertionError: expected 4 to be 5\u001b[39m\n  at x",
                ],
              },
            ],
          },
          {
            name: "/repo/tests/integration/b.test.ts",
            message: "Error: Cannot find module 'x'\nstack",
            assertionResults: [],
          },
        ],
      },
      "/repo",
    );
    expect(lines).toEqual([
      "integration: tests/integration/a.test.ts › a counts\n    AssertionError: expected 4 to be 5",
      "integration: tests/integration/b.test.ts\n    Error: Cannot find module 'x'",
    ]);
  });

  it("names unexpected Playwright tests with their describe titles and project, not flaky ones", () => {
    const test = (status: string, message?: string) => ({
      projectName: "admin",
      status,
      results: [{ error: message ? { message } : undefined }],
    });
    const lines = playwrightFailures({
      suites: [
        {
          title: "admin-site.spec.ts",
          specs: [{ title: "top", file: "admin-site.spec.ts", line: 3, tests: [test("flaky")] }],
          suites: [
            {
              title: "without JavaScript",
              specs: [
                {
                  title: "reorders",
                  file: "admin-site.spec.ts",
                  line: 40,
                  tests: [test("unexpected", "Error: expect(locator).toBeVisible() failed\n\nx")],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(lines).toEqual([
      "e2e [admin]: admin-site.spec.ts:40 › without JavaScript › reorders\n    Error: expect(locator).toBeVisible() failed",
    ]);
  });

  it("reads an empty message as an empty line", () => {
    expect(firstLine(undefined)).toBe("");
  });
});
