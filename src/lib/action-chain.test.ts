import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { conflict, notFound } from "./errors";
import type { FormState } from "./forms";

vi.mock("server-only", () => ({}));

const state = vi.hoisted(() => ({
  user: null as null | { id: number; role: string },
  expired: [] as string[][],
  audits: [] as unknown[],
  logged: [] as unknown[],
}));

vi.mock("./auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("./cache-expiry", () => ({
  expireCacheTags: async (tags: string[]) => {
    if (tags.length > 0) state.expired.push(tags);
  },
}));
vi.mock("./audit-log", () => ({
  recordAudit: async (entry: unknown) => {
    state.audits.push(entry);
  },
}));
vi.mock("./logger", () => ({
  currentRequestId: () => "req-42",
  logger: () => ({ error: (...args: unknown[]) => state.logged.push(args) }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;${url}` });
  },
}));

const { formAction, typedAction } = await import("./action-chain");

const schema = z.object({ name: z.string().min(2, "Use at least 2 characters.") });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const idle: FormState = { status: "idle" };

beforeEach(() => {
  state.user = { id: 7, role: "EDITOR" };
  state.expired = [];
  state.audits = [];
  state.logged = [];
});

describe("formAction", () => {
  const save = formAction({
    name: "thing.save",
    access: "tag.manage",
    schema,
    unique: { name: "That name is taken." },
    run: async (input, ctx) => {
      if (input.name === "gone") throw notFound("This thing no longer exists.");
      if (input.name === "dup") throw Object.assign(new Error("unique"), { code: "P2002" });
      if (input.name === "boom") throw new Error("disk on fire");
      if (input.name === "away") ctx.expire(["t:away"]);
      if (input.name === "away") return { goTo: "/admin/things" };
      await ctx.audit({ action: "thing.save", entityType: "thing", entityId: 1 });
      ctx.expire(["t:1", "t:1", "news"]);
      return { message: "Saved." };
    },
  });

  it("runs, audits as the user and expires the tags once, after success", async () => {
    const answer = await save(idle, form({ name: "Bitcoin", password: "secret" }));
    expect(answer).toEqual({
      status: "ok",
      message: "Saved.",
      values: { name: "Bitcoin" },
      redirectTo: undefined,
    });
    expect(state.audits).toEqual([
      { action: "thing.save", entityType: "thing", entityId: 1, actorId: 7 },
    ]);
    expect(state.expired).toEqual([["t:1", "news"]]);
  });

  it("answers invalid input with field errors (422) and keeps what was typed", async () => {
    const answer = await save(idle, form({ name: "B" }));
    expect(answer).toMatchObject({
      status: "error",
      code: 422,
      fieldErrors: { name: "Use at least 2 characters." },
      values: { name: "B" },
    });
    expect(answer.message).toBeUndefined();
  });

  it("refuses the signed-out (401) and roles without the permission (403)", async () => {
    state.user = null;
    expect(await save(idle, form({ name: "Bitcoin" }))).toMatchObject({ code: 401 });
    state.user = { id: 8, role: "CONTRIBUTOR" };
    expect(await save(idle, form({ name: "Bitcoin" }))).toMatchObject({
      code: 403,
      message: "Your role may not do this.",
    });
    expect(state.expired).toEqual([]);
  });

  it("maps thrown errors: not found 404, unique 409 on its field, anything else 500 logged", async () => {
    expect(await save(idle, form({ name: "gone" }))).toMatchObject({
      code: 404,
      message: "This thing no longer exists.",
    });
    expect(await save(idle, form({ name: "dup" }))).toMatchObject({
      code: 409,
      fieldErrors: { name: "That name is taken." },
    });
    const failed = await save(idle, form({ name: "boom" }));
    expect(failed).toMatchObject({ status: "error", code: 500, values: { name: "boom" } });
    expect(failed.message).toMatch(/Something went wrong.*Reference req-42/);
    expect(failed.message).not.toMatch(/disk on fire/);
    expect(state.logged).toHaveLength(1);
    expect(state.expired).toEqual([]);
  });

  it("redirects a form sent without JavaScript, and tells a scripted one where to go", async () => {
    await expect(save(idle, form({ name: "away" }))).rejects.toThrow("NEXT_REDIRECT /admin/things");
    expect(state.expired).toEqual([["t:away"]]);
    expect(await save(idle, form({ name: "away", js: "1" }))).toMatchObject({
      status: "ok",
      redirectTo: "/admin/things",
    });
  });
});

describe("typedAction", () => {
  const rename = typedAction({
    name: "thing.rename",
    access: (input: { name: string }) => (input.name === "any" ? "user.manage" : "tag.manage"),
    schema,
    run: async (input) => {
      if (input.name === "old") throw conflict("Someone else saved first.", undefined, { v: 3 });
      return { renamed: input.name };
    },
  });

  it("answers data, or the failure with its detail", async () => {
    expect(await rename({ name: "Ether" })).toEqual({ status: "ok", data: { renamed: "Ether" } });
    expect(await rename({ name: "old" })).toEqual({
      status: "error",
      code: 409,
      message: "Someone else saved first.",
      fieldErrors: undefined,
      detail: { v: 3 },
    });
    expect(await rename({ name: "" })).toMatchObject({ status: "error", code: 422 });
  });

  it("asks for the permission the input needs", async () => {
    expect(await rename({ name: "any" })).toMatchObject({ code: 403 });
    state.user = { id: 1, role: "ADMIN" };
    expect(await rename({ name: "any" })).toMatchObject({ status: "ok" });
  });
});
