// How prices and changes read on the site: the way traders read them (product.md) —
// `$88,301.00`, `$1.90`, `$0.295513`, `$0.00001234`; changes with a sign and an arrow.

const MISSING = "—";

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** US dollars with the given digits. */
const usd = (digits: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", ...digits });

const dollars = usd({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const sixDecimals = usd({ minimumFractionDigits: 6, maximumFractionDigits: 6 });
const fourSignificant = usd({ minimumSignificantDigits: 4, maximumSignificantDigits: 4 });
const wholeDollars = usd({ maximumFractionDigits: 0 });

/** A unit price: cents from $1 up, six decimals below $1, four significant digits below a cent. */
export function formatPrice(value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  const magnitude = Math.abs(value);
  if (magnitude === 0 || magnitude >= 1) return dollars.format(value);
  return (magnitude >= 0.01 ? sixDecimals : fourSignificant).format(value);
}

/** Whole dollars with grouping, for market caps and volumes in tables: `$1,742,118,000,000`. */
export function formatUsdWhole(value: number | null | undefined): string {
  return isNumber(value) ? wholeDollars.format(value) : MISSING;
}

/** Short dollars for summary lines: `$3.12T`, `$412.50B`, `$88.30M`. */
export function formatCompactUsd(value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
  ];
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.abs(value);
  for (const [size, unit] of units) {
    if (magnitude >= size) return `${sign}$${(magnitude / size).toFixed(2)}${unit}`;
  }
  return dollars.format(value);
}

/** A supply: whole units with grouping and the symbol, `19,976,312 BTC`. */
export function formatSupply(value: number | null | undefined, symbol: string): string {
  if (!isNumber(value)) return MISSING;
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value)} ${symbol}`;
}

/** A percentage change with its sign: `+2.35%`, `-0.80%`, `0.00%`. */
export function formatPercent(value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return "0.00%";
  return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(2)}%`;
}

export type ChangeDirection = "up" | "down" | "flat" | "missing";

/** Which way a change went, at the precision it is shown with. */
export function changeDirection(value: number | null | undefined): ChangeDirection {
  if (!isNumber(value)) return "missing";
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? "up" : rounded < 0 ? "down" : "flat";
}

/** The arrow shown with a change, so its direction never depends on colour alone. */
export const CHANGE_ARROWS: Record<ChangeDirection, string> = {
  up: "▲",
  down: "▼",
  flat: "■",
  missing: "",
};

/** "14:05": the time of day of a snapshot in the site's time zone (24-hour clock). */
export function formatTimeOfDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
}
