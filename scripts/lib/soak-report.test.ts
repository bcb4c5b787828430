import { describe, expect, it } from "vitest";
import {
  kindTable,
  markdownTable,
  minuteTable,
  outcomeOf,
  pageKind,
  percentile,
  phaseOf,
  phaseTable,
  type RequestRecord,
  rssPerMinute,
  summarize,
} from "./soak-report";

const request = (atMs: number, ms: number, status: number | null = 200): RequestRecord => ({
  atMs,
  kind: "article",
  path: "/news/a",
  status,
  outcome: outcomeOf(status),
  ms,
});

describe("outcomeOf", () => {
  it("sorts answers by status class and failures by kind", () => {
    expect(outcomeOf(200)).toBe("2xx");
    expect(outcomeOf(301)).toBe("3xx");
    expect(outcomeOf(429)).toBe("4xx");
    expect(outcomeOf(503)).toBe("5xx");
    expect(outcomeOf(null, "timeout")).toBe("timeout");
    expect(outcomeOf(null)).toBe("conn-error");
  });
});

describe("pageKind", () => {
  it("names the sitemap's pages", () => {
    expect(pageKind("/")).toBe("home");
    expect(pageKind("/news/bitcoin-rallies")).toBe("article");
    expect(pageKind("/learn/what-is-a-wallet")).toBe("article");
    expect(pageKind("/category/bitcoin")).toBe("category");
    expect(pageKind("/tag/etf")).toBe("tag");
    expect(pageKind("/author/editor")).toBe("author");
    expect(pageKind("/market/bitcoin")).toBe("market");
    expect(pageKind("/about")).toBe("page");
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("summarize", () => {
  it("counts outcomes and reads the waits", () => {
    const s = summarize([request(0, 10), request(1, 30, 503), request(2, 20)]);
    expect(s.requests).toBe(3);
    expect(s.outcomes["2xx"]).toBe(2);
    expect(s.outcomes["5xx"]).toBe(1);
    expect(s.p50).toBe(20);
    expect(s.max).toBe(30);
  });
});

describe("phaseOf", () => {
  const faults = [{ kind: "pg-freeze" as const, startMs: 1000, endMs: 2000 }];
  it("puts a request in the fault it was sent during", () => {
    expect(phaseOf(999, faults)).toBe("steady");
    expect(phaseOf(1000, faults)).toBe("pg-freeze");
    expect(phaseOf(2000, faults)).toBe("pg-freeze");
    expect(phaseOf(2001, faults)).toBe("steady");
  });
});

describe("rssPerMinute", () => {
  it("keeps each process's largest sample per minute, null when it was stopped throughout", () => {
    const samples = [
      { atMs: 0, mb: { a: 100, b: null } },
      { atMs: 30_000, mb: { a: 120, b: null } },
      { atMs: 60_000, mb: { a: 110, b: 50 } },
    ];
    expect(rssPerMinute(samples, ["a", "b"], 2)).toEqual([
      { a: 120, b: null },
      { a: 110, b: 50 },
    ]);
  });
});

describe("markdownTable", () => {
  it("pads columns and right-aligns numbers", () => {
    expect(markdownTable(["name", "n"], [["x", 5]])).toEqual([
      "| name |   n |",
      "| ---- | --: |",
      "| x    |   5 |",
    ]);
  });
});

describe("the report's tables", () => {
  const records = [request(5_000, 10), request(65_000, 4_000, 503), request(70_000, 12)];
  const faults = [{ kind: "pg-freeze" as const, startMs: 60_000, endMs: 66_000 }];

  it("has one row per minute with the faults, outcomes, latency and memory", () => {
    const lines = minuteTable({
      records,
      faults,
      rss: [{ atMs: 0, mb: { "app-1": 300 } }],
      processNames: ["app-1"],
      minutes: 2,
    });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("app-1 MB");
    expect(lines[2]).toMatch(/^\| 1 +\| — +\| +1 \| +1 \|/);
    expect(lines[2]).toContain("300");
    expect(lines[3]).toMatch(/^\| 2 +\| pg-freeze +\| +2 \| +1 \| +0 \| +1 \|/);
    expect(lines[3]).toContain("4000");
  });

  it("has one row per phase and one per request kind", () => {
    const phases = phaseTable(records, faults);
    expect(phases[2]).toMatch(/^\| steady +\| +rest \| +2 \|/);
    expect(phases[3]).toMatch(/^\| pg-freeze +\| +6\.0 s \| +1 \| +0 \| +0 \| +1 \|/);
    expect(kindTable(records)[2]).toMatch(/^\| article +\| +3 \|/);
  });
});
