import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  afterAttempt,
  eventForArticleChange,
  FIRST_RETRY_MS,
  generateWebhookSecret,
  isSuccessStatus,
  MAX_ATTEMPTS,
  pointsAtThisSite,
  retryDelayMs,
  signatureHeader,
  verifySignature,
} from "./rules";

const pub = { isPublic: true };
const hidden = { isPublic: false };

describe("eventForArticleChange", () => {
  it("names the event readers would notice", () => {
    expect(eventForArticleChange(hidden, pub)).toBe("article.published");
    expect(eventForArticleChange(null, pub)).toBe("article.published");
    expect(eventForArticleChange(pub, pub)).toBe("article.updated");
    expect(eventForArticleChange(pub, hidden)).toBe("article.unpublished");
    // deleted while live
    expect(eventForArticleChange(pub, null)).toBe("article.unpublished");
  });

  it("is silent about changes readers never saw", () => {
    expect(eventForArticleChange(hidden, hidden)).toBeNull();
    expect(eventForArticleChange(null, hidden)).toBeNull();
    expect(eventForArticleChange(hidden, null)).toBeNull();
    expect(eventForArticleChange(null, null)).toBeNull();
  });
});

describe("signatures", () => {
  const secret = "whsec_test-secret";
  const body = JSON.stringify({ event: "article.published", id: "d1" });
  const t = 1_800_000_000;

  it("is t=<unix>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(signatureHeader(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it("verifies with the right secret and body", () => {
    expect(verifySignature(secret, body, signatureHeader(secret, body, t), t + 10)).toBe(true);
  });

  it("refuses another secret, a changed body, a changed timestamp, or garbage", () => {
    const header = signatureHeader(secret, body, t);
    expect(verifySignature("whsec_other", body, header, t)).toBe(false);
    expect(verifySignature(secret, body + " ", header, t)).toBe(false);
    expect(verifySignature(secret, body, header.replace(`t=${t}`, `t=${t + 1}`), t)).toBe(false);
    expect(verifySignature(secret, body, "", t)).toBe(false);
    expect(verifySignature(secret, body, null, t)).toBe(false);
    expect(verifySignature(secret, body, `t=${t},v1=zz`, t)).toBe(false);
    expect(verifySignature(secret, body, `t=abc,v1=${"0".repeat(64)}`, t)).toBe(false);
  });

  it("refuses old or far-future timestamps (replays)", () => {
    const header = signatureHeader(secret, body, t);
    expect(verifySignature(secret, body, header, t + 301)).toBe(false);
    expect(verifySignature(secret, body, header, t - 301)).toBe(false);
    expect(verifySignature(secret, body, header, t + 300)).toBe(true);
  });

  it("accepts any of several v1 values (a receiver may hold two secrets during rotation)", () => {
    const good = signatureHeader(secret, body, t).split(",v1=")[1];
    expect(verifySignature(secret, body, `t=${t},v1=${"a".repeat(64)},v1=${good}`, t)).toBe(true);
  });

  it("makes long random secrets", () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});

describe("retries", () => {
  it("backs off exponentially from 30 s, capped at an hour", () => {
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(2)).toBe(2 * FIRST_RETRY_MS);
    expect(retryDelayMs(3)).toBe(4 * FIRST_RETRY_MS);
    expect(retryDelayMs(4)).toBe(8 * FIRST_RETRY_MS);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("succeeds on 2xx, retries failures, gives up after the last attempt", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(afterAttempt(0, { ok: true, statusCode: 204 }, now)).toEqual({
      status: "SUCCEEDED",
      attempts: 1,
      nextAttemptAt: null,
    });
    const failure = { ok: false as const, statusCode: 500, errorKind: "HTTP 500" };
    expect(afterAttempt(0, failure, now)).toEqual({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + FIRST_RETRY_MS),
    });
    expect(afterAttempt(MAX_ATTEMPTS - 2, failure, now).status).toBe("PENDING");
    expect(afterAttempt(MAX_ATTEMPTS - 1, failure, now)).toEqual({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      nextAttemptAt: null,
    });
  });

  it("counts only 2xx as success", () => {
    expect([199, 200, 204, 299, 300, 302, 404, 500].map(isSuccessStatus)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("pointsAtThisSite", () => {
  const origins = ["https://news.example.com", "http://127.0.0.1:3000", "http://localhost:3000"];
  it("spots our own origins", () => {
    expect(pointsAtThisSite(new URL("https://news.example.com/api/revalidate"), origins)).toBe(
      true,
    );
    expect(pointsAtThisSite(new URL("http://localhost:3000/admin"), origins)).toBe(true);
    expect(pointsAtThisSite(new URL("http://127.0.0.1:3000/x"), origins)).toBe(true);
  });
  it("lets other hosts and ports through", () => {
    expect(pointsAtThisSite(new URL("https://hooks.example.org/in"), origins)).toBe(false);
    expect(pointsAtThisSite(new URL("http://127.0.0.1:4000/in"), origins)).toBe(false);
    expect(pointsAtThisSite(new URL("http://news.example.com/in"), origins)).toBe(false);
  });
});
