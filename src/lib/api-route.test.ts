import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { tooMany } from "./errors";

vi.mock("server-only", () => ({}));

const state = vi.hoisted(() => ({
  user: null as null | { id: number; role: string },
  expired: [] as string[][],
}));

vi.mock("./auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("./cache-expiry", () => ({
  expireCacheTags: async (tags: string[]) => {
    if (tags.length > 0) state.expired.push(tags);
  },
}));
vi.mock("./audit-log", () => ({ recordAudit: async () => {} }));
vi.mock("./logger", () => ({
  currentRequestId: () => undefined,
  logger: () => ({ error: () => {} }),
}));

const { apiRoute } = await import("./api-route");

const POST = apiRoute({
  name: "notes.post",
  access: "member",
  jsonOnly: true,
  query: z.object({ draft: z.enum(["yes", "no"]).default("no") }),
  params: z.object({ slug: z.string().regex(/^[a-z-]+$/, "Use lowercase letters.") }),
  body: z.object({ text: z.string().min(1, "Write something.") }),
  run: ({ query, body, params }, ctx) => {
    if (body.text === "spam") throw tooMany("Posting too fast.", 30);
    ctx.expire([`note:${params.slug}`]);
    return { slug: params.slug, text: body.text, draft: query.draft, by: ctx.user.id };
  },
});

function post(body: string, { slug = "my-note", type = "application/json", search = "" } = {}) {
  const request = new NextRequest(`http://site.test/api/notes/${slug}${search}`, {
    method: "POST",
    body,
    headers: { "content-type": type },
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

beforeEach(() => {
  state.user = { id: 3, role: "READER" };
  state.expired = [];
});

describe("apiRoute", () => {
  it("parses query, params and body, runs as the user and expires its tags", async () => {
    const response = await post(JSON.stringify({ text: "hello" }), { search: "?draft=yes" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ slug: "my-note", text: "hello", draft: "yes", by: 3 });
    expect(state.expired).toEqual([["note:my-note"]]);
  });

  it("answers every validation failure with 422 and the issues by field", async () => {
    const body = await post(JSON.stringify({ text: "" }));
    expect(body.status).toBe(422);
    expect(await body.json()).toEqual({
      error: "Invalid body",
      issues: [{ field: "text", message: "Write something." }],
    });
    expect((await post("{", {})).status).toBe(422);
    expect((await post(JSON.stringify({ text: "x" }), { search: "?draft=maybe" })).status).toBe(
      422,
    );
    expect((await post(JSON.stringify({ text: "x" }), { slug: "Bad_Slug" })).status).toBe(422);
  });

  it("refuses what is not JSON (415), the signed-out (401), and maps thrown errors", async () => {
    expect((await post("text=x", { type: "application/x-www-form-urlencoded" })).status).toBe(415);
    const limited = await post(JSON.stringify({ text: "spam" }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    state.user = null;
    const refused = await post(JSON.stringify({ text: "hello" }));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: "Your session has ended. Sign in again." });
    expect(state.expired).toEqual([]);
  });
});
