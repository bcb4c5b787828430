// Runs every varnishtest case in deploy/varnish/tests against the real coinmela.vcl. `npm test`
// installs Varnish first (scripts/test-all.ts); without it this fails rather than skips.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const VARNISHTEST = "/usr/bin/varnishtest";
const testsDir = path.resolve(import.meta.dirname, "../../deploy/varnish/tests");
const cases = readdirSync(testsDir)
  .filter((name) => name.endsWith(".vtc"))
  .sort();

function runVarnishtest(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // -t: a case may take this long before varnishtest gives up (grace waits ~15 s by design).
    const child = spawn(VARNISHTEST, ["-t", "180", file], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the edge VCL under varnishtest", () => {
  it("has varnishtest and cases to run", () => {
    expect(
      existsSync(VARNISHTEST),
      `${VARNISHTEST} is missing: install Debian's varnish and varnish-modules (npm test does)`,
    ).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.concurrent.each(cases)("%s", { timeout: 240_000 }, async (name) => {
    const { code, output } = await runVarnishtest(path.join(testsDir, name));
    // On failure varnishtest prints the whole log; its end says which expectation failed.
    const tail = output.split("\n").slice(-120).join("\n");
    expect(code, `varnishtest ${name} failed:\n${tail}`).toBe(0);
    expect(output).toContain("passed");
  });
});
