import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./auth-secret";

describe("resolveAuthSecret", () => {
  it("uses a configured secret as it is", async () => {
    expect(await resolveAuthSecret("x".repeat(40), false)).toBe("x".repeat(40));
  });

  it("refuses to run against a configured database (production) without one", async () => {
    await expect(resolveAuthSecret(undefined, false)).rejects.toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("creates a development secret once and keeps it for the next start", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-secret-"));
    const file = path.join(dir, "nested", "nextauth-secret");
    const first = await resolveAuthSecret(undefined, true, file);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(file, "utf8")).trim()).toBe(first);
    expect(await resolveAuthSecret(undefined, true, file)).toBe(first);
  });
});
