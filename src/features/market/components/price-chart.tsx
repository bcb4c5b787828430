import { useId } from "react";
import { formatPercent, formatPrice } from "../format";
import { sparklinePath, summarizeSeries } from "../sparkline";

const WIDTH = 720;
const HEIGHT = 240;
const PADDING = 8;

/**
 * The 7-day price chart of a coin page: an SVG drawn on the server, named and described for
 * assistive technology, with the same summary as visible text beside it.
 */
export function PriceChart({ name, values }: { name: string; values: number[] }) {
  const id = useId();
  const summary = summarizeSeries(values);
  if (!summary) return <p>No 7-day price history is available for {name}.</p>;
  const path = sparklinePath(values, { width: WIDTH, height: HEIGHT, padding: PADDING });
  const text =
    `Over the last 7 days ${name} moved from ${formatPrice(summary.first)} to ` +
    `${formatPrice(summary.last)} (${formatPercent(summary.change)}), with a low of ` +
    `${formatPrice(summary.low)} and a high of ${formatPrice(summary.high)}.`;
  const up = summary.last >= summary.first;
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={`h-auto w-full rounded-md border border-neutral-200 dark:border-neutral-800 ${up ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}`}
      >
        <title id={`${id}-title`}>{`${name} price, last 7 days`}</title>
        <desc id={`${id}-desc`}>{text}</desc>
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      </svg>
      <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        {text}
      </figcaption>
    </figure>
  );
}
