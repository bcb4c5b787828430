import { formatPercent } from "../format";
import { sparklinePath, summarizeSeries } from "../sparkline";

/** A small 7-day trend line for tables, drawn on the server. */
export function SparklineSvg({
  values,
  width = 120,
  height = 36,
}: {
  values: number[];
  width?: number;
  height?: number;
}) {
  const summary = summarizeSeries(values);
  const path = sparklinePath(values, { width, height, padding: 2 });
  if (!summary || !path) return <span className="text-neutral-500">—</span>;
  const up = summary.last >= summary.first;
  return (
    <svg
      role="img"
      aria-label={`7-day trend: ${formatPercent(summary.change)}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={up ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
