import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DatabaseUnavailableError } from "./db-pool";
import { conflict, toFailure, validationFailure } from "./errors";

describe("the error map", () => {
  it("puts a unique violation on the field its meta names", () => {
    const error = Object.assign(new Error("Unique constraint failed"), {
      code: "P2002",
      meta: { target: ["email"] },
    });
    const unique = { username: "That username is taken.", email: "That address is in use." };
    expect(toFailure(error, unique)).toEqual({
      code: 409,
      message: "That address is in use.",
      fieldErrors: { email: "That address is in use." },
    });
  });

  it("answers a database that does not answer with 503 and a wait", () => {
    const failure = toFailure(new DatabaseUnavailableError("timeout"));
    expect(failure).toMatchObject({ code: 503, retryAfterSeconds: 5 });
  });

  it("keeps thrown action errors, and hides anything else behind the generic message", () => {
    expect(toFailure(conflict("Slug taken.", "slug"))).toMatchObject({
      code: 409,
      fieldErrors: { slug: "Slug taken." },
    });
    const failure = toFailure(new TypeError("cannot read properties of undefined"));
    expect(failure).toMatchObject({ code: 500, unexpected: true });
    expect(failure.message).not.toMatch(/undefined/);
  });

  it("turns a zod error into one message per field", () => {
    const parsed = z.object({ a: z.string(), b: z.number() }).safeParse({ a: 1, b: "x" });
    if (parsed.success) throw new Error("expected a failure");
    expect(Object.keys(validationFailure(parsed.error).fieldErrors ?? {})).toEqual(["a", "b"]);
  });
});
