import { describe, expect, it } from "vitest";
import { outcomeOf, type RequestKind, type RequestRecord } from "./soak-report";
import {
  cachedPageCheck,
  EDITOR_MAX_WAIT_MS,
  FAULT_GRACE_MS,
  MAX_WAIT_MS,
  memoryCheck,
  RSS_CAP_MB,
  uncachedCheck,
  waitCheck,
  writeCheck,
} from "./soak-verdict";

function request(
  atMs: number,
  kind: RequestKind,
  path: string,
  status: number | null,
  ms = 10,
  failure?: "timeout",
): RequestRecord {
  return { atMs, kind, path, status, outcome: outcomeOf(status, failure), ms };
}
const hit = (record: RequestRecord): RequestRecord => ({ ...record, cache: "HIT" });

const freeze = [{ kind: "pg-freeze" as const, startMs: 10_000, endMs: 30_000 }];

describe("cachedPageCheck", () => {
  it("fails a 5xx for a page the edge had served from its cache, even during a fault", () => {
    const check = cachedPageCheck(
      [hit(request(1_000, "article", "/news/a", 200)), request(15_000, "article", "/news/a", 503)],
      freeze,
    );
    expect(check.ok).toBe(false);
    expect(check.details[0]).toBe("00:15 article /news/a → 503 after 0.01 s (during pg-freeze)");
  });

  it("fails a connection error for such a page", () => {
    const check = cachedPageCheck(
      [hit(request(1_000, "home", "/", 200)), request(40_000, "home", "/", null)],
      freeze,
    );
    expect(check.ok).toBe(false);
  });

  it("leaves pages the edge never held, and other kinds, to the other checks", () => {
    const check = cachedPageCheck(
      [
        request(15_000, "article", "/news/b", 503),
        hit(request(16_000, "article", "/news/b", 200)),
        request(1_000, "page", "/about", 200),
        request(15_000, "page", "/about", 503),
        request(1_000, "search", "/search?q=x", 200),
        request(15_000, "search", "/search?q=x", 503),
        request(1_000, "market", "/market", 200),
        request(15_000, "market", "/market", 503),
      ],
      freeze,
    );
    expect(check.ok).toBe(true);
    expect(check.details).toEqual(["0 reads of 1 pages the edge had served from its cache"]);
  });
});

describe("uncachedCheck", () => {
  it("allows a 5xx from search during a fault and within the grace after it", () => {
    const check = uncachedCheck(
      [
        request(15_000, "search", "/search?q=x", 503),
        request(30_000 + FAULT_GRACE_MS, "prices", "/api/prices", 503),
      ],
      freeze,
    );
    expect(check.ok).toBe(true);
    expect(check.details).toEqual(["2 5xx during faults (allowed)"]);
  });

  it("fails a 5xx in steady state, and any connection error", () => {
    const check = uncachedCheck(
      [
        request(30_001 + FAULT_GRACE_MS, "search", "/search?q=x", 500),
        request(15_000, "comment-post", "/api/comments", null),
      ],
      freeze,
    );
    expect(check.ok).toBe(false);
    expect(check.details).toHaveLength(2);
  });

  it("does not judge editor steps or pages already served OK", () => {
    const check = uncachedCheck(
      [
        request(1_000, "editor-save", "/admin/articles/new", null),
        hit(request(1_000, "article", "/news/a", 200)),
        request(50_000, "article", "/news/a", 503),
      ],
      freeze,
    );
    expect(check.ok).toBe(true);
  });
});

describe("waitCheck", () => {
  it("fails any request over the bound and any timeout; editor steps get their own bound", () => {
    expect(waitCheck([request(0, "search", "/search", 200, MAX_WAIT_MS)], []).ok).toBe(true);
    expect(waitCheck([request(0, "search", "/search", 503, MAX_WAIT_MS + 1)], []).ok).toBe(false);
    expect(waitCheck([request(0, "home", "/", null, 100, "timeout")], []).ok).toBe(false);
    expect(waitCheck([request(0, "editor-save", "/admin", 200, EDITOR_MAX_WAIT_MS)], []).ok).toBe(
      true,
    );
    expect(
      waitCheck([request(0, "editor-save", "/admin", 200, EDITOR_MAX_WAIT_MS + 1)], []).ok,
    ).toBe(false);
  });
});

describe("writeCheck", () => {
  const none = { acknowledged: 3, missing: [] };
  it("passes when every acknowledged write is stored", () => {
    expect(writeCheck({ comments: none, saves: none, publishes: none }).ok).toBe(true);
  });
  it("fails on a missing write, naming it", () => {
    const check = writeCheck({
      comments: { acknowledged: 3, missing: [42] },
      saves: none,
      publishes: none,
    });
    expect(check.ok).toBe(false);
    expect(check.details[0]).toBe("1 of 3 acknowledged comments missing: ids 42");
  });
  it("fails when nothing of a kind was acknowledged: the check would prove nothing", () => {
    const check = writeCheck({
      comments: none,
      saves: none,
      publishes: { acknowledged: 0, missing: [] },
    });
    expect(check.ok).toBe(false);
  });
});

describe("memoryCheck", () => {
  const samples = (first: number, last: number) => [
    { atMs: 10_000, mb: { "app-1": first } },
    { atMs: 170_000, mb: { "app-1": last } },
  ];
  it("passes steady memory", () => {
    expect(memoryCheck(samples(300, 400), ["app-1"], 180_000).ok).toBe(true);
  });
  it("fails growth past 1.5× the first minute", () => {
    expect(memoryCheck(samples(300, 451), ["app-1"], 180_000).ok).toBe(false);
  });
  it("fails any sample over the cap", () => {
    expect(memoryCheck(samples(RSS_CAP_MB + 1, RSS_CAP_MB), ["app-1"], 180_000).ok).toBe(false);
  });
  it("fails without samples", () => {
    expect(memoryCheck([], ["app-1"], 180_000).ok).toBe(false);
  });
});

describe("uncachedCheck, requests in flight when a fault began", () => {
  it("allows a 5xx for a request sent just before the fault and answered during it", () => {
    const check = uncachedCheck(
      [request(9_000, "comment-form", "/api/comments", 503, 15_000)],
      freeze,
    );
    expect(check.ok).toBe(true);
  });
});
