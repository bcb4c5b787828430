import { describe, expect, it } from "vitest";
import { purgeEdge, tagHeaderChunks } from "./edge-purge";

describe("tagHeaderChunks", () => {
  it("keeps every tag, in order, in chunks under the limit", () => {
    const tags = Array.from({ length: 50 }, (_, i) => `article:slug-number-${i}`);
    const chunks = tagHeaderChunks(tags, 120);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(120);
    expect(chunks.join(" ").split(" ")).toEqual(tags);
  });
});

describe("purgeEdge", () => {
  const calls: { url: string; init: RequestInit }[] = [];
  const answering =
    (status: number | (() => number)): typeof fetch =>
    async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response("", { status: typeof status === "number" ? status : status() });
    };

  it("sends PURGE with the tags and the token to every edge", async () => {
    calls.length = 0;
    const confirmed = await purgeEdge(
      { urls: ["http://edge-1/", "http://edge-2/"], secret: "s3cret", fetch: answering(200) },
      ["home", "article:a"],
    );
    expect(confirmed).toBe(2);
    expect(calls.map((c) => c.url)).toEqual(["http://edge-1/", "http://edge-2/"]);
    for (const { init } of calls) {
      expect(init.method).toBe("PURGE");
      expect(init.headers).toMatchObject({ xkey: "home article:a", "X-Purge-Token": "s3cret" });
    }
  });

  it("never rejects: a refusing edge is logged and retried until it accepts", async () => {
    calls.length = 0;
    const logs: string[] = [];
    let answers = [403, 500, 200];
    const confirmed = await purgeEdge(
      {
        urls: ["http://edge/"],
        secret: "s",
        fetch: answering(() => answers.shift() ?? 200),
        retryDelaysMs: [1, 1, 1],
        log: (line) => logs.push(line),
      },
      ["home"],
    );
    expect(confirmed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(3);
    expect(logs.some((line) => line.includes("403"))).toBe(true);
    expect(logs.some((line) => line.includes("succeeded on retry 2"))).toBe(true);
    answers = [];
  });

  it("does nothing without edges or tags", async () => {
    calls.length = 0;
    expect(await purgeEdge({ urls: [], secret: "s", fetch: answering(200) }, ["home"])).toBe(0);
    expect(await purgeEdge({ urls: ["http://e/"], secret: "s", fetch: answering(200) }, [])).toBe(
      0,
    );
    expect(calls).toHaveLength(0);
  });
});
