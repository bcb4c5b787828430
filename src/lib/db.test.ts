import { describe, expect, it, vi } from "vitest";
import type * as EnvModule from "@/env";

vi.mock("server-only", () => ({}));
vi.mock("@/env", async () => {
  const { parseEnv } = await vi.importActual<typeof EnvModule>("@/env");
  return { env: parseEnv({}) };
});

const { databaseLimits } = await import("./db");

/** The longest a request can wait for one database answer: a connection, then the answer. */
const worstWait = (limits: { connectTimeoutMs: number; queryTimeoutMs: number }) =>
  limits.connectTimeoutMs + limits.queryTimeoutMs;

describe("database limits per budget (defaults)", () => {
  it("answers a reader within 3 s when the database stops answering", () => {
    const reader = databaseLimits("reader");
    expect(worstWait(reader)).toBeLessThanOrEqual(3_000);
    expect(reader.queryTimeoutMs).toBeGreaterThan(reader.statementTimeoutMs);
  });

  it("gives editors longer statements, yet an answer before the edge's 15 s first-byte limit", () => {
    const work = databaseLimits("work");
    expect(work.statementTimeoutMs).toBeGreaterThan(databaseLimits("reader").statementTimeoutMs);
    expect(work.connectTimeoutMs).toBeGreaterThan(databaseLimits("reader").connectTimeoutMs);
    // The server cancels first, so a live database keeps the connection usable.
    expect(work.queryTimeoutMs).toBeGreaterThan(work.statementTimeoutMs);
    expect(worstWait(work)).toBeLessThan(15_000);
  });
});
