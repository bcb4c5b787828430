import { describe, expect, it } from "vitest";
import { faultSchedule, formatSchedule, mmss, PG_FREEZE_MS } from "./soak-schedule";

describe("faultSchedule", () => {
  it("runs every fault once, in order, each over before the next begins", () => {
    for (const minutes of [3, 10, 60]) {
      const duration = minutes * 60_000;
      const faults = faultSchedule(duration);
      expect(faults.map((f) => f.kind)).toEqual([
        "pg-freeze",
        "pg-restart",
        "coingecko-429",
        "coingecko-hang",
        "redis-stop",
        "instance-stop",
      ]);
      for (const [index, fault] of faults.entries()) {
        const next = faults[index + 1];
        if (next) expect(fault.startMs + fault.holdMs).toBeLessThanOrEqual(next.startMs);
      }
      // Quiet at both ends: a tenth of the run without faults.
      expect(faults[0]!.startMs).toBe(duration / 10);
      const last = faults.at(-1)!;
      expect(last.startMs + last.holdMs).toBeLessThanOrEqual(duration * 0.9);
    }
  });

  it("holds the freeze 20 s whatever the length, and the restart not at all", () => {
    for (const minutes of [3, 10]) {
      const faults = faultSchedule(minutes * 60_000);
      expect(faults.find((f) => f.kind === "pg-freeze")!.holdMs).toBe(PG_FREEZE_MS);
      expect(faults.find((f) => f.kind === "pg-restart")!.holdMs).toBe(0);
    }
  });

  it("scales the other faults with the run", () => {
    const short = faultSchedule(3 * 60_000).find((f) => f.kind === "redis-stop")!;
    const long = faultSchedule(30 * 60_000).find((f) => f.kind === "redis-stop")!;
    expect(long.holdMs).toBe(short.holdMs * 10);
    expect(long.startMs).toBe(short.startMs * 10);
  });

  it("refuses runs too short to fit the freeze", () => {
    expect(() => faultSchedule(2 * 60_000)).toThrow(/at least 3 minutes/);
  });

  it("names the stopped instance and prints one line per fault", () => {
    const lines = formatSchedule(faultSchedule(10 * 60_000, "app-2"));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^ {2}01:00 {2}pg-freeze/);
    expect(lines.at(-1)).toContain("app-2 stopped");
  });
});

describe("mmss", () => {
  it("formats minutes and seconds", () => {
    expect(mmss(0)).toBe("00:00");
    expect(mmss(83_000)).toBe("01:23");
    expect(mmss(600_000)).toBe("10:00");
  });
});
