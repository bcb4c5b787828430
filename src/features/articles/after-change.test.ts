import { describe, expect, it, vi } from "vitest";
import { on } from "@/lib/events";
import { logger } from "@/lib/logger";

// afterArticleChange refreshes the pages and announces the change on the bus, once each; a
// subscriber's failure never reaches the editor.

const refreshed = vi.hoisted(() => [] as unknown[]);
vi.mock("server-only", () => ({}));
vi.mock("./queries", () => ({ readArticleSnapshot: async () => null }));
vi.mock("./refresh-rules", () => ({
  tagsForArticleChange: (before: unknown, after: unknown) => {
    refreshed.push([before, after]);
    return ["home", "article:x"];
  },
}));
const expired = vi.hoisted(() => [] as string[][]);
vi.mock("@/lib/cache-expiry", () => ({
  expireCacheTags: async (tags: string[]) => void expired.push(tags),
}));

describe("afterArticleChange", () => {
  it("refreshes once, emits articleChanged once, and survives a failing subscriber", async () => {
    const { afterArticleChange } = await import("./after-change");
    const seen: unknown[] = [];
    on("articleChanged", "test.failing", () => {
      throw new Error("subscriber broke");
    });
    on("articleChanged", "test.seen", (change) => void seen.push(change));
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    const change = { articleId: 3, actorId: null, before: null, after: null };
    await expect(afterArticleChange(change)).resolves.toEqual(["home", "article:x"]);
    expect(refreshed).toEqual([[null, null]]);
    expect(expired).toEqual([["home", "article:x"]]);
    expect(seen).toEqual([change]);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
