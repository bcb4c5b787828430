import { describe, expect, it, vi } from "vitest";

const logged = vi.hoisted(() => [] as unknown[]);
vi.mock("./logger", () => ({
  logger: () => ({ error: (...args: unknown[]) => logged.push(args) }),
}));

declare module "./events" {
  interface SiteEvents {
    testThingChanged: { id: number };
  }
}

const { emit, on, subscribers } = await import("./events");

describe("event bus", () => {
  it("runs every subscriber in order, once per id, and survives one that throws", async () => {
    const seen: string[] = [];
    on("testThingChanged", "a.first", ({ id }) => {
      seen.push(`first ${id}`);
    });
    on("testThingChanged", "b.broken", () => {
      throw new Error("receiver down");
    });
    on("testThingChanged", "c.last", async ({ id }) => {
      seen.push(`last ${id}`);
    });
    // Loading a subscriber module twice replaces its handler instead of adding a second one.
    on("testThingChanged", "a.first", ({ id }) => {
      seen.push(`first again ${id}`);
    });
    await emit("testThingChanged", { id: 5 });
    expect(seen).toEqual(["first again 5", "last 5"]);
    expect(subscribers("testThingChanged")).toEqual(["a.first", "b.broken", "c.last"]);
    expect(logged).toHaveLength(1);
  });
});
