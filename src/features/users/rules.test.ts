import { describe, expect, it } from "vitest";
import { passwordProblem, passwordStrength, safeReturnPath, usernameProblem } from "./rules";
import { registerSchema, signInSchema } from "./schemas";

describe("usernames", () => {
  it.each(["alice", "Bob_99", "x-y-z", "abc"])("accepts %s", (name) => {
    expect(usernameProblem(name)).toBeNull();
  });

  it.each([
    ["ab", "at least 3"],
    ["a".repeat(31), "at most 30"],
    ["-dash", "starting with a letter or digit"],
    ["has space", "only letters"],
    ["<script>", "only letters"],
    ["émile", "only letters"],
    ["Admin", "reserved"],
  ])("refuses %s", (name, message) => {
    expect(usernameProblem(name)).toContain(message);
  });

  it("normalizes to lowercase, so uniqueness ignores case", () => {
    const parsed = registerSchema.parse({
      username: "  MixedCase ",
      email: " Someone@Example.COM ",
      name: "Someone",
      password: "a long enough passphrase",
    });
    expect(parsed.username).toBe("mixedcase");
    expect(parsed.email).toBe("someone@example.com");
  });
});

describe("passwords", () => {
  it("needs at least 10 characters", () => {
    expect(passwordProblem("short1!")).toContain("at least 10");
    expect(passwordProblem("ten chars!")).toBeNull();
  });

  it("may not be the username or the email, in any case", () => {
    expect(passwordProblem("LongUserName", { username: "longusername" })).toContain("username");
    expect(passwordProblem("Someone@Example.com", { email: "someone@example.com" })).toContain(
      "email",
    );
    expect(passwordProblem("someone.local", { email: "someone.local@example.com" })).toContain(
      "email",
    );
  });

  it("refuses one repeated character", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).not.toBeNull();
  });

  it("grades strength as a hint", () => {
    expect(passwordStrength("short")).toBe("weak");
    expect(passwordStrength("abcdefghij")).toBe("fair");
    expect(passwordStrength("Correct-Horse-Battery-9")).toBe("strong");
  });

  it("reports register errors per field", () => {
    const result = registerSchema.safeParse({
      username: "x",
      email: "nope",
      name: "",
      password: "x",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["username", "email", "name", "password"]));
  });
});

describe("sign-in input", () => {
  it("reads the remember-me checkbox", () => {
    expect(signInSchema.parse({ username: "a", password: "b", remember: "on" }).remember).toBe(
      true,
    );
    expect(signInSchema.parse({ username: "a", password: "b" }).remember).toBe(false);
  });

  it("refuses empty fields with a message", () => {
    expect(signInSchema.safeParse({ username: " ", password: "" }).success).toBe(false);
  });
});

describe("return paths after sign-in", () => {
  it.each([
    ["/news/some-article#comments", "/news/some-article#comments"],
    ["/account", "/account"],
    ["http://localhost:3000/news/x", "/news/x"],
    ["https://evil.example/news", "/news"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/signin?callbackUrl=/x", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
