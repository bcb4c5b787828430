// The pg pool behind every database use of the app (Prisma's adapter, the proxy's slug lookups),
// with every wait bounded:
//  - connect: pg-pool's connectionTimeoutMillis, one deadline for the whole wait for a connection
//    (a free one from the pool, or a new one whose TCP connect and start-up must finish);
//  - statement: PostgreSQL's statement_timeout, sent at connection start, so a live server
//    cancels a runaway statement and the connection stays usable;
//  - query: pg's client-side query_timeout, a little longer, for a server that answers nothing
//    at all (stopped, frozen, a dead network path never enforces its own statement_timeout).
//    A connection that hit it is closed at once: its answer may still arrive later and would be
//    read as the answer to the next query, so it must never go back into the pool.
// A failure to answer in time marks the request's database context (database-context.ts): the
// production server answers 503, and the request's later queries fail at once.
import pg from "pg";
import { currentDatabaseContext } from "./database-context";

export interface DatabaseLimits {
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  queryTimeoutMs: number;
  /** Most connections this pool opens. */
  max?: number;
  /** Whether a caller of this pool may be the one probe of a database that is down (default
   * true). Pools with long limits say no: their probe would keep every reader failing for up to
   * their query limit after the database is back. They still fail at once while a probe runs. */
  probesWhenDown?: boolean;
}

/** The database did not answer in time, or could not be reached. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  constructor(message = "the database is unavailable", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** pg-pool's words for a caller that waited its whole connect limit in the pool's queue. */
const POOL_QUEUE_TIMEOUT = "timeout exceeded when trying to connect";

const UNAVAILABLE_MESSAGES = [
  POOL_QUEUE_TIMEOUT,
  "Connection terminated due to connection timeout",
  "Connection terminated unexpectedly",
  "Query read timeout",
];
const UNAVAILABLE_CODES = new Set([
  // Network: refused, reset, unreachable, name lookup.
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  // PostgreSQL: statement timeout, shutting down or starting up, too many connections, and the
  // connection exception class.
  "57014",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** True for errors that mean "the database did not answer in time or cannot be reached", as
 * opposed to errors in a query (a constraint, a syntax error), anywhere in the cause chain. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof current !== "object") return false;
    const { message, code, cause } = current as {
      message?: unknown;
      code?: unknown;
      cause?: unknown;
    };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) {
      return true;
    }
    current = cause;
  }
  return false;
}

/**
 * What this process last learnt about the database, shared by every pool (the app's two, the
 * proxy's): while it is down (a connection or an answer did not come in time, and no query has
 * succeeded since), one caller at a time probes it and waits out the limits; the others fail at
 * once. So an outage costs each reader milliseconds instead of a timeout each, a request is never
 * charged two timeouts (the proxy's lookup, then the page's read), and the first probe that gets
 * an answer ends it. A statement cancelled by the server (57014) proves the server alive: it
 * does not count.
 */
interface DatabaseHealth {
  downSince: number | null;
  probing: boolean;
}

const HEALTH_KEY = Symbol.for("coinmela.databaseHealth");

function health(): DatabaseHealth {
  const holder = globalThis as { [HEALTH_KEY]?: DatabaseHealth };
  return (holder[HEALTH_KEY] ??= { downSince: null, probing: false });
}

function noteFailure(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  const context = currentDatabaseContext();
  if (context) context.unavailable = true;
  // Neither proves the database down: a statement the server cancelled (57014) proves it alive,
  // and a wait in the queue for one of our own busy connections says this process is saturated
  // (a burst), not that the database stopped answering. Marking the database down for those
  // would fail every other reader at once while a probe runs (the soak saw that on a busy
  // machine); a frozen database still shows as connect and answer timeouts.
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === "57014" || message === POOL_QUEUE_TIMEOUT) return;
  health().downSince ??= Date.now();
}

function noteSuccess(): void {
  health().downSince = null;
}

type QueryCallback = (error: Error | null, result?: unknown) => void;

/** A pg client that closes its connection when a query gets no answer in time. */
class BoundedClient extends pg.Client {
  // pg's query() has many overloads; this passes every form through unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last: unknown = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result?: unknown) => {
        if (error) this.failed(error);
        else noteSuccess();
        (last as QueryCallback)(error, result);
      };
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          noteSuccess();
          return value;
        },
        (error: unknown) => {
          this.failed(error);
          throw error;
        },
      );
    }
    return result;
  }

  private failed(error: unknown): void {
    noteFailure(error);
    if (error instanceof Error && error.message === "Query read timeout") {
      // Ending a client with a query in flight destroys its socket (no answer is awaited), and
      // an ended client is removed from the pool when it is released.
      this.end().catch(() => {});
    }
  }
}

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: () => void,
) => void;

/** The pool: fails at once for a request that already found the database unavailable, and (for
 * readers' pools) while another caller probes a database that is down (see DatabaseHealth). */
class BoundedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly probesWhenDown: boolean,
  ) {
    super(config);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const state = health();
    const context = currentDatabaseContext();
    // Readers fail at once while another reader probes a database that is down; work (the admin,
    // the scheduler) waits for its own, longer connect limit instead, so a database that is only
    // slow does not cost an editor their save.
    const failFast = this.probesWhenDown && state.downSince !== null && state.probing;
    if (context?.unavailable || failFast) {
      const error = new DatabaseUnavailableError(
        context?.unavailable ? "the database did not answer in time" : "the database is down",
      );
      if (context) context.unavailable = true;
      if (!callback) return Promise.reject(error);
      process.nextTick(() => callback(error, undefined, () => {}));
      return;
    }
    const probe = state.downSince !== null && this.probesWhenDown;
    if (probe) state.probing = true;
    const acquired = (error: unknown, client: pg.PoolClient | undefined) => {
      if (error) noteFailure(error);
      if (!probe) return;
      if (!client) {
        state.probing = false;
        return;
      }
      // The probe lasts until its client is released, after its query answered or timed out.
      const release = client.release.bind(client);
      client.release = (reason?: Error | boolean) => {
        state.probing = false;
        return release(reason);
      };
    };
    if (!callback) {
      return super.connect().then(
        (client) => {
          acquired(undefined, client);
          return client;
        },
        (error: unknown) => {
          acquired(error, undefined);
          throw error;
        },
      );
    }
    super.connect((error, client, done) => {
      acquired(error, client);
      callback(error, client, done);
    });
  }
}

export function createBoundedPool(connectionString: string, limits: DatabaseLimits): pg.Pool {
  const pool = new BoundedPool(
    {
      connectionString,
      Client: BoundedClient,
      max: limits.max ?? 10,
      connectionTimeoutMillis: limits.connectTimeoutMs,
      statement_timeout: limits.statementTimeoutMs,
      query_timeout: limits.queryTimeoutMs,
      idleTimeoutMillis: 30_000,
    },
    limits.probesWhenDown ?? true,
  );
  // An idle connection the server closed (a restart, a failover) is dropped by the pool and the
  // next query opens a new one; without a listener the pool's "error" event would end the process.
  pool.on("error", (error) => {
    console.warn("[db] idle connection lost:", error.message);
  });
  return pool;
}
