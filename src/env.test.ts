import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.EMBEDDED_PG_DIR).toBe(".data/postgres");
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.MEDIA_DIR).toBe(".data/uploads");
    expect(env.MEDIA_MAX_UPLOAD_MB).toBe(10);
  });

  it("reads the media directory and upload limit, refusing limits out of range", () => {
    const env = parseEnv({ MEDIA_DIR: "/srv/media", MEDIA_MAX_UPLOAD_MB: "2.5" });
    expect(env.MEDIA_DIR).toBe("/srv/media");
    expect(env.MEDIA_MAX_UPLOAD_MB).toBe(2.5);
    for (const bad of ["0", "101", "ten"]) {
      expect(() => parseEnv({ MEDIA_MAX_UPLOAD_MB: bad })).toThrow(/MEDIA_MAX_UPLOAD_MB/);
    }
  });

  it("accepts a PostgreSQL URL and a port, and derives the site URL from the port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/news", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db.internal:5432/news");
    expect(env.PORT).toBe(8080);
    expect(env.SITE_URL).toBe("http://localhost:8080");
  });

  it("treats empty values as unset and trims a trailing slash from SITE_URL", () => {
    const env = parseEnv({ DATABASE_URL: "", SITE_URL: "https://news.example.com/" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SITE_URL).toBe("https://news.example.com");
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/db", "PostgreSQL connection string"],
    ["DATABASE_URL", "not a url", "PostgreSQL connection string"],
    ["PORT", "eighty", "whole number between 1 and 65535"],
    ["PORT", "70000", "whole number between 1 and 65535"],
    ["SITE_URL", "news.example.com", "absolute http(s) URL"],
    ["LOG_LEVEL", "loud", "debug, info, warn or error"],
    ["NEXTAUTH_SECRET", "too-short", "at least 32 characters"],
    ["NEXTAUTH_URL", "localhost:3000", "absolute http(s) origin"],
    ["SMTP_PORT", "smtp", "whole number between 1 and 65535"],
    ["SMTP_SECURE", "yes", "true or false"],
    ["REDIS_URL", "localhost:6379", "Redis URL"],
    ["REDIS_URL", "http://cache:6379", "Redis URL"],
    ["EDGE_PURGE_URLS", "varnish:6081", "http(s) URLs of the edge caches"],
    ["EDGE_PURGE_URLS", "http://edge-1/, ftp://edge-2/", '"ftp://edge-2/" is not one'],
    ["EDGE_PURGE_SECRET", "short", "at least 32 characters"],
  ])("rejects %s=%s naming the variable and what it expects", (variable, value, expected) => {
    let caught: unknown;
    try {
      parseEnv({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const message = (caught as EnvError).message;
    expect(message).toContain(`${variable}:`);
    expect(message).toContain(expected);
  });

  it("reports every bad variable at once", () => {
    expect(() => parseEnv({ PORT: "0", DATABASE_URL: "x" })).toThrowError(
      /DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/,
    );
  });

  it("reads the scheduler's interval and the webhook timeout, with defaults", () => {
    expect(parseEnv({})).toMatchObject({
      SCHEDULER_INTERVAL_SECONDS: 15,
      WEBHOOK_TIMEOUT_MS: 10_000,
    });
    expect(parseEnv({ SCHEDULER_INTERVAL_SECONDS: "5", WEBHOOK_TIMEOUT_MS: "2500" })).toMatchObject(
      { SCHEDULER_INTERVAL_SECONDS: 5, WEBHOOK_TIMEOUT_MS: 2500 },
    );
    for (const bad of ["0", "3601", "1.5", "soon"]) {
      expect(() => parseEnv({ SCHEDULER_INTERVAL_SECONDS: bad })).toThrowError(
        /SCHEDULER_INTERVAL_SECONDS: expected a whole number of seconds between 1 and 3600/,
      );
    }
    expect(() => parseEnv({ WEBHOOK_TIMEOUT_MS: "50" })).toThrowError(/WEBHOOK_TIMEOUT_MS/);
  });

  it("reads the database time limits: defaults answer a reader within 3 s, the client outlasts the server", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DB_CONNECT_TIMEOUT_MS: 1000,
      DB_STATEMENT_TIMEOUT_MS: 1200,
      DB_QUERY_TIMEOUT_MS: 1500,
      DB_ADMIN_STATEMENT_TIMEOUT_MS: 8_000,
    });
    expect(env.DB_CONNECT_TIMEOUT_MS + env.DB_QUERY_TIMEOUT_MS).toBeLessThanOrEqual(3000);
    expect(
      parseEnv({ DB_STATEMENT_TIMEOUT_MS: "5000", DB_QUERY_TIMEOUT_MS: "6000" }),
    ).toMatchObject({ DB_STATEMENT_TIMEOUT_MS: 5000, DB_QUERY_TIMEOUT_MS: 6000 });
    expect(() => parseEnv({ DB_STATEMENT_TIMEOUT_MS: "3000" })).toThrowError(
      /DB_QUERY_TIMEOUT_MS: must be longer than DB_STATEMENT_TIMEOUT_MS/,
    );
    expect(() => parseEnv({ DB_CONNECT_TIMEOUT_MS: "50" })).toThrowError(
      /DB_CONNECT_TIMEOUT_MS: expected a whole number of milliseconds between 100 and 60000/,
    );
  });

  it("reads the edge and the shared cache, and wants the purge secret with edge URLs", () => {
    const secret = "p".repeat(40);
    expect(
      parseEnv({
        REDIS_URL: "redis://cache.internal:6379/0",
        EDGE_PURGE_URLS: "http://edge-1:6081, https://edge-2.example.com/purge",
        EDGE_PURGE_SECRET: secret,
      }),
    ).toMatchObject({
      REDIS_URL: "redis://cache.internal:6379/0",
      EDGE_PURGE_URLS: ["http://edge-1:6081/", "https://edge-2.example.com/purge"],
      EDGE_PURGE_SECRET: secret,
    });
    const plain = parseEnv({});
    expect(plain.REDIS_URL).toBeUndefined();
    expect(plain.EDGE_PURGE_URLS).toBeUndefined();
    expect(() => parseEnv({ EDGE_PURGE_URLS: "http://edge-1:6081" })).toThrowError(
      /EDGE_PURGE_SECRET: required when EDGE_PURGE_URLS is set/,
    );
  });
});
