import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./request-origin";

const SITE = ["https://news.example.com"];
const check = (headers: Record<string, string>, sites = SITE) =>
  isSameOriginRequest(new Headers(headers), sites);

describe("isSameOriginRequest", () => {
  it("accepts an Origin naming the host the request was sent to", () => {
    expect(check({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).toBe(true);
    expect(check({ origin: "https://News.Example.com", host: "news.example.com" })).toBe(true);
  });

  it("prefers X-Forwarded-Host to Host behind a proxy", () => {
    expect(
      check({
        origin: "https://www.example.org",
        host: "app-1:3000",
        "x-forwarded-host": "www.example.org, edge",
      }),
    ).toBe(true);
    expect(
      check({ origin: "http://app-1:3000", host: "app-1:3000", "x-forwarded-host": "x.example" }),
    ).toBe(false);
  });

  it("accepts the configured site origin whatever the Host", () => {
    expect(check({ origin: "https://news.example.com", host: "10.0.0.5:3000" })).toBe(true);
    expect(check({ origin: "http://news.example.com", host: "10.0.0.5:3000" })).toBe(false);
  });

  it("refuses other sites, lookalikes and null", () => {
    expect(check({ origin: "https://evil.example", host: "news.example.com" })).toBe(false);
    expect(check({ origin: "https://news.example.com.evil.example", host: "x" })).toBe(false);
    expect(check({ origin: "https://sub.news.example.com", host: "news.example.com" })).toBe(false);
    expect(check({ origin: "http://127.0.0.1:3001", host: "127.0.0.1:3000" })).toBe(false);
    expect(check({ origin: "null", host: "news.example.com" })).toBe(false);
  });

  it("without Origin: refuses a browser's cross-site request, allows non-browser clients", () => {
    expect(check({ host: "news.example.com", "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check({ host: "news.example.com", "sec-fetch-site": "same-site" })).toBe(false);
    expect(check({ host: "news.example.com", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ host: "news.example.com" })).toBe(true);
  });
});
