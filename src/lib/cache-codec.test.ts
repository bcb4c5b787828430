import { describe, expect, it } from "vitest";
import { decodeCached, encodeCached } from "./cache-codec";

const roundTrip = (value: unknown) => decodeCached(JSON.parse(JSON.stringify(encodeCached(value))));

describe("cache codec", () => {
  it("brings Dates back as Dates, nested in objects and arrays", () => {
    const publishedAt = new Date("2026-01-15T09:30:00.000Z");
    const value = { articles: [{ title: "A", publishedAt, category: { name: "Stocks" } }] };
    const back = roundTrip(value) as typeof value;
    expect(back.articles[0]!.publishedAt).toBeInstanceOf(Date);
    expect(back.articles[0]!.publishedAt.getTime()).toBe(publishedAt.getTime());
    expect(back).toEqual(value);
  });

  it("keeps null, numbers, booleans and strings, and drops undefined properties", () => {
    expect(roundTrip({ a: null, b: 0, c: false, d: "x", e: undefined })).toEqual({
      a: null,
      b: 0,
      c: false,
      d: "x",
    });
    expect(roundTrip(null)).toBeNull();
    expect(roundTrip([1, "two", new Date(0)])).toEqual([1, "two", new Date(0)]);
  });

  it("does not mistake an ordinary object for a Date", () => {
    expect(roundTrip({ $date: 5 })).toEqual({ $date: 5 });
    expect(roundTrip({ $date: "x", other: 1 })).toEqual({ $date: "x", other: 1 });
  });
});
