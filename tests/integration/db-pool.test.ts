// The bounded pool (src/lib/db-pool.ts) on real PostgreSQL: a query that gets no answer in time
// fails at the client's limit and its connection is closed, never reused (the late answer must not
// be read as the next query's); a statement the server cancels leaves the connection usable; and
// a request that found the database unavailable fails its later queries at once.
import { afterEach, describe, expect, inject, it } from "vitest";
import { runWithDatabaseContext } from "@/lib/database-context";
import { createBoundedPool, isDatabaseUnavailable } from "@/lib/db-pool";

const pools: { end(): Promise<void> }[] = [];

function pool(limits: {
  statementTimeoutMs: number;
  queryTimeoutMs: number;
  connectTimeoutMs?: number;
  max?: number;
}) {
  const created = createBoundedPool(inject("databaseUrl"), {
    connectTimeoutMs: 2000,
    max: 2,
    ...limits,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

describe("createBoundedPool", () => {
  it("gives up on a query at the client's limit and closes that connection", async () => {
    // The server would wait 10 s; the client waits 300 ms (as for a server that answers nothing).
    const bounded = pool({ statementTimeoutMs: 10_000, queryTimeoutMs: 300 });
    // A checked-out client released without an error, as Prisma's transactions release theirs:
    // pg-pool would put it back into the pool as it is.
    const client = await bounded.connect();
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const started = performance.now();
    const error = await client.query("SELECT pg_sleep(2)").catch((e: unknown) => e);
    client.release();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The next query gets its own answer at once, on a new connection (the old one was closed).
    const next = await bounded.query<{ pid: number; value: number }>(
      "SELECT pg_backend_pid() AS pid, 42 AS value",
    );
    expect(next.rows[0]!.value).toBe(42);
    expect(next.rows[0]!.pid).not.toBe(rows[0]!.pid);
  });

  it("lets the server cancel a long statement and keeps the connection", async () => {
    const bounded = pool({ statementTimeoutMs: 200, queryTimeoutMs: 5000 });
    const client = await bounded.connect();
    try {
      const error = await client.query("SELECT pg_sleep(2)").catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe("57014");
      expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
    } finally {
      client.release();
    }
  });

  it("fails a request's later queries at once once it found the database unavailable", async () => {
    const bounded = pool({ statementTimeoutMs: 10_000, queryTimeoutMs: 300 });
    await runWithDatabaseContext("reader", async (context) => {
      await bounded.query("SELECT pg_sleep(2)").catch(() => {});
      expect(context.unavailable).toBe(true);
      const started = performance.now();
      const error = await bounded.query("SELECT 1").catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(100);
      expect(isDatabaseUnavailable(error)).toBe(true);
    });
    // Another request is not affected, and its answer ends the "down" state.
    await runWithDatabaseContext("reader", async (context) => {
      expect((await bounded.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
      expect(context.unavailable).toBe(false);
    });
  });

  it("a wait in the queue for a busy pool fails that request only, not every other one", async () => {
    // One connection, held by a slow statement: the next caller waits its whole connect limit in
    // the pool's queue. That is this process being busy, not the database being down.
    const busy = pool({
      statementTimeoutMs: 10_000,
      queryTimeoutMs: 5_000,
      connectTimeoutMs: 300,
      max: 1,
    });
    const holder = busy.query("SELECT pg_sleep(1)");
    const queued = await runWithDatabaseContext("reader", async (context) => {
      const error = await busy.query("SELECT 1").catch((e: unknown) => e);
      expect(context.unavailable).toBe(true); // this request answers 503
      return error;
    });
    expect((queued as Error).message).toBe("timeout exceeded when trying to connect");
    // A second reader on another pool (as the proxy's or the other budget's) is not failed at
    // once: it gets its answer from the database, which never stopped answering.
    const other = pool({ statementTimeoutMs: 10_000, queryTimeoutMs: 5_000 });
    const other1 = other.query("SELECT pg_sleep(0.3)");
    await runWithDatabaseContext("reader", async (context) => {
      expect((await other.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
      expect(context.unavailable).toBe(false);
    });
    await Promise.all([holder, other1]);
  });
});
