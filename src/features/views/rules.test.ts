import { describe, expect, it } from "vitest";
import { isBot, RepeatFilter, utcDay } from "./rules";

describe("isBot", () => {
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "facebookexternalhit/1.1",
    "curl/8.5.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
    "",
  ])("treats %j as a bot", (ua) => expect(isBot(ua)).toBe(true));

  it("counts ordinary browsers", () => {
    expect(
      isBot(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      ),
    ).toBe(false);
  });
});

describe("RepeatFilter", () => {
  it("admits a reader once per window", () => {
    const filter = new RepeatFilter(1000);
    expect(filter.admit("ip:1", 0)).toBe(true);
    expect(filter.admit("ip:1", 500)).toBe(false);
    expect(filter.admit("ip:2", 500)).toBe(true);
    expect(filter.admit("ip:1", 1500)).toBe(true);
  });

  it("stays bounded", () => {
    const filter = new RepeatFilter(10_000, 10);
    for (let i = 0; i < 100; i++) filter.admit(`k${i}`, i);
    expect(filter.admit("k99", 200)).toBe(false);
    expect((filter as unknown as { seen: Map<string, number> }).seen.size).toBeLessThanOrEqual(10);
  });
});

describe("utcDay", () => {
  it("truncates to midnight UTC", () => {
    expect(utcDay(new Date("2026-03-04T23:59:59Z")).toISOString()).toBe("2026-03-04T00:00:00.000Z");
  });
});
