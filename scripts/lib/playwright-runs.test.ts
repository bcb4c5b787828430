import { describe, expect, it } from "vitest";
import { playwrightRuns } from "./playwright-runs";

describe("playwrightRuns", () => {
  it("runs every project apart, in config order, so a failure in one cannot skip the next", () => {
    expect(playwrightRuns(["--reporter=list,json"])).toEqual([
      {
        project: "chromium",
        args: [
          "--project",
          "chromium",
          "--no-deps",
          "--pass-with-no-tests",
          "--reporter=list,json",
        ],
      },
      {
        project: "admin",
        args: ["--project", "admin", "--no-deps", "--pass-with-no-tests", "--reporter=list,json"],
      },
      {
        project: "stack",
        args: ["--project", "stack", "--no-deps", "--pass-with-no-tests", "--reporter=list,json"],
      },
    ]);
  });

  it("leaves a run that names its project as it was asked", () => {
    expect(playwrightRuns(["--project", "stack", "--no-deps"])).toEqual([
      { args: ["--project", "stack", "--no-deps"] },
    ]);
    expect(playwrightRuns(["--project=admin"])).toEqual([{ args: ["--project=admin"] }]);
  });
});
