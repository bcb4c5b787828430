// Names every failed test from the JSON reports of Vitest and Playwright, with the first line of
// its error. `npm test` prints the list last: a CI log is often read from its tail, and
// "integration tests failed" alone does not say which test to open.
import path from "node:path";

type VitestReport = {
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
};

type PlaywrightSuite = {
  title: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
};

export type PlaywrightReport = { suites: PlaywrightSuite[] };

/** The first non-empty line of an error message, without terminal colours. */
export function firstLine(text: string | undefined): string {
  const plain = (text ?? "").replace(/\u001b\[[0-9;]*m/g, "");
  return (plain.split("\n").find((line) => line.trim()) ?? "").trim();
}

/** One entry per failed Vitest test; a file that failed to load counts as one entry. */
export function vitestFailures(stage: string, report: VitestReport, root: string): string[] {
  const lines: string[] = [];
  for (const suite of report.testResults) {
    const where = path.relative(root, suite.name);
    const failed = suite.assertionResults.filter((test) => test.status === "failed");
    for (const test of failed) {
      lines.push(
        `${stage}: ${where} › ${test.fullName}\n    ${firstLine(test.failureMessages[0])}`,
      );
    }
    if (failed.length === 0 && suite.message) {
      lines.push(`${stage}: ${where}\n    ${firstLine(suite.message)}`);
    }
  }
  return lines;
}

/** One entry per Playwright test that ended "unexpected" (failed on every retry). */
export function playwrightFailures(report: PlaywrightReport): string[] {
  const lines: string[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests.filter((each) => each.status === "unexpected")) {
        const title = [...titles, spec.title].join(" › ");
        const error = firstLine(test.results.at(-1)?.error?.message);
        lines.push(`e2e [${test.projectName}]: ${spec.file}:${spec.line} › ${title}\n    ${error}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are files, already named by `spec.file`.
  for (const suite of report.suites) walk(suite, []);
  return lines;
}
