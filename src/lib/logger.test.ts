import { describe, expect, it } from "vitest";
import {
  createLogger,
  currentRequestId,
  requestIdFrom,
  runWithRequestContext,
  scrubText,
} from "./logger";

const PASSWORD = "correct-horse-battery-staple-91";
const TOKEN = "tok_5f3a9c1e7b2d4f6a8c0e2b4d6f8a0c2e";
const COOKIE = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.cookie-secret";
const EMAIL = "reader.private@example.org";
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
const DB_PASSWORD = "db-pass-7c1e";

function capture(level: "debug" | "info" = "debug") {
  const lines: string[] = [];
  const log = createLogger({ level, destination: { write: (line: string) => lines.push(line) } });
  return {
    log,
    lines,
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe("the logger", () => {
  it("writes one JSON object per line with level and message", () => {
    const { log, lines, records } = capture();
    log.info({ route: "/news/[slug]", status: 200 }, "request");
    log.warn("two\nlines");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.trimEnd().split("\n")).toHaveLength(1);
    expect(records()[0]).toMatchObject({ level: "info", msg: "request", route: "/news/[slug]" });
    expect(records()[1]).toMatchObject({ level: "warn", msg: "two\nlines" });
  });

  it("never writes passwords, tokens, cookies, emails or hashes handed to it as fields", () => {
    const { log, lines } = capture();
    log.info({ password: PASSWORD, email: EMAIL, token: TOKEN }, "sign-in attempt");
    log.info({ user: { email: EMAIL, passwordHash: HASH, name: "Ada" } }, "user");
    log.info(
      { headers: { cookie: COOKIE, authorization: `Bearer ${TOKEN}`, "set-cookie": COOKIE } },
      "headers",
    );
    log.info(
      { request: { headers: { cookie: COOKIE, authorization: `Bearer ${TOKEN}` } } },
      "nested",
    );
    log.info({ form: { newPassword: PASSWORD, csrfToken: TOKEN, secret: TOKEN } }, "form");
    const output = lines.join("");
    for (const secret of [PASSWORD, TOKEN, COOKIE, EMAIL, HASH, "cookie-secret"]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('"name":"Ada"');
    expect(output).toContain("[redacted]");
  });

  it("scrubs secrets out of error messages, stacks and free-text messages", () => {
    const { log, lines, records } = capture();
    const connection = new Error(
      `connect ECONNREFUSED postgresql://coinmela:${DB_PASSWORD}@db.internal:5432/coinmela`,
    );
    const prisma = new Error(
      `Invalid \`prisma.user.create()\` invocation: { data: { username: "ada", passwordHash: "${HASH}", password: '${PASSWORD}' } }`,
    );
    const withExtras = Object.assign(new Error("query failed"), {
      parameters: [PASSWORD, EMAIL],
      cause: new Error(`token=${TOKEN} rejected`),
    });
    log.error({ err: connection }, "database down");
    log.error({ err: prisma }, "[accounts] registration failed");
    log.error({ err: withExtras }, "with extras");
    log.error(`retrying redis://default:${DB_PASSWORD}@cache:6379 with secret: ${TOKEN}`);
    const output = lines.join("");
    for (const secret of [DB_PASSWORD, HASH, PASSWORD, TOKEN, EMAIL]) {
      expect(output).not.toContain(secret);
    }
    // What explains the failure stays.
    const [first] = records();
    expect((first!.err as { message: string }).message).toContain("ECONNREFUSED");
    expect((first!.err as { message: string }).message).toContain("db.internal:5432");
    expect((first!.err as { stack: string }).stack).toContain("logger.test.ts");
  });

  it("adds the request id of the request it is called within", async () => {
    const { log, records } = capture();
    await runWithRequestContext({ requestId: "req-123" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentRequestId()).toBe("req-123");
      log.info("inside");
    });
    log.info("outside");
    expect(records()[0]).toMatchObject({ msg: "inside", requestId: "req-123" });
    expect(records()[1]).not.toHaveProperty("requestId");
  });

  it("respects its level", () => {
    const { log, lines } = capture("info");
    log.debug("hidden");
    log.info("shown");
    expect(lines).toHaveLength(1);
  });
});

describe("scrubText", () => {
  it("keeps text without credentials as it is", () => {
    expect(scrubText("GET /news/bitcoin-rallies 200")).toBe("GET /news/bitcoin-rallies 200");
    expect(scrubText("http://127.0.0.1:3000/api/health")).toBe("http://127.0.0.1:3000/api/health");
  });
});

describe("requestIdFrom", () => {
  it("reuses a caller's id when it is a short token", () => {
    for (const id of ["abc", "7f0c2a9e-3b1d-4c5e-9f8a-1b2c3d4e5f60", "varnish.123:4", "A_b-C"]) {
      expect(requestIdFrom(id)).toBe(id);
    }
    expect(requestIdFrom(["first-id", "second"])).toBe("first-id");
  });

  it("makes a new one for anything else", () => {
    const unsafe = [
      undefined,
      "",
      "x".repeat(65),
      "has space",
      "line\nbreak",
      '"quoted"',
      "<script>",
      "-leading-dash",
      "ünïcode",
      "a/b",
    ];
    for (const id of unsafe) {
      const made = requestIdFrom(id);
      expect(made).not.toBe(id);
      expect(made).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
