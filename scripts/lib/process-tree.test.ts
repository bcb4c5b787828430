import { describe, expect, it } from "vitest";
import { parentPidFromStat, processTree, residentKbFromStatus } from "./process-tree";

describe("parentPidFromStat", () => {
  it("reads the parent after a command name holding spaces and parentheses", () => {
    expect(parentPidFromStat("4242 (postgres: a (b) c) S 4200 4242 4242 0 -1")).toBe(4200);
  });
});

describe("residentKbFromStatus", () => {
  it("reads VmRSS, or 0 when there is none", () => {
    expect(residentKbFromStatus("Name:\tnode\nVmRSS:\t  123456 kB\nThreads: 7\n")).toBe(123456);
    expect(residentKbFromStatus("Name:\tkthreadd\n")).toBe(0);
  });
});

describe("processTree", () => {
  it("starts with the process itself", async () => {
    expect((await processTree(process.pid))[0]).toBe(process.pid);
  });
});
