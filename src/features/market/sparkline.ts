// The SVG path of a price series, drawn on the server: no chart library, no client JavaScript.

export interface SparklineBox {
  width: number;
  height: number;
  /** Space kept free at the top and bottom so the stroke is not clipped. */
  padding?: number;
}

/** Rounds coordinates to two decimals: enough for any screen, and keeps the HTML small. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An SVG path ("M x y L x y …") through the values, oldest at the left. The lowest value touches
 * the bottom (less padding) and the highest the top; a flat series runs through the middle.
 * Non-finite values are skipped. Fewer than two usable points give an empty path.
 */
export function sparklinePath(values: readonly number[], box: SparklineBox): string {
  const padding = box.padding ?? 1;
  const points = values
    .map((value, index) => ({ value, index }))
    .filter((point) => Number.isFinite(point.value));
  if (points.length < 2) return "";
  const min = Math.min(...points.map((p) => p.value));
  const max = Math.max(...points.map((p) => p.value));
  const span = max - min;
  const lastIndex = values.length - 1;
  const usable = box.height - 2 * padding;
  return points
    .map(({ value, index }, i) => {
      const x = round((index / lastIndex) * box.width);
      const y = round(span === 0 ? box.height / 2 : padding + (1 - (value - min) / span) * usable);
      return `${i === 0 ? "M" : "L"}${x} ${y}`;
    })
    .join(" ");
}

/** What a reader needs to know about a series without seeing it. */
export interface SeriesSummary {
  first: number;
  last: number;
  low: number;
  high: number;
  /** Percentage change from first to last, or null when the first value is zero. */
  change: number | null;
}

export function summarizeSeries(values: readonly number[]): SeriesSummary | null {
  const usable = values.filter((value) => Number.isFinite(value));
  if (usable.length < 2) return null;
  const first = usable[0]!;
  const last = usable[usable.length - 1]!;
  return {
    first,
    last,
    low: Math.min(...usable),
    high: Math.max(...usable),
    change: first === 0 ? null : ((last - first) / first) * 100,
  };
}
