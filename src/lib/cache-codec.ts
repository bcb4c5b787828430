// The data cache keeps values as JSON: Dates would come back as strings. These two functions
// carry Dates (and undefined inside arrays) through JSON unchanged.

const DATE_KEY = "$date";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function encodeCached(value: unknown): Json {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map((item) => encodeCached(item));
  if (value === undefined) return null;
  if (value !== null && typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = encodeCached(item);
    }
    return out;
  }
  if (typeof value === "bigint") return Number(value);
  return value as Json;
}

export function decodeCached(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => decodeCached(item));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === DATE_KEY && typeof entries[0]![1] === "string") {
      return new Date(entries[0]![1]);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, decodeCached(item)]));
  }
  return value;
}
