import { CHANGE_ARROWS, changeDirection, formatPercent } from "../format";

const TONES = {
  light: {
    up: "text-green-700 dark:text-green-400",
    down: "text-red-700 dark:text-red-400",
    flat: "text-neutral-600 dark:text-neutral-400",
    missing: "text-neutral-500",
  },
  dark: {
    up: "text-green-400",
    down: "text-red-400",
    flat: "text-neutral-300",
    missing: "text-neutral-400",
  },
} as const;

/** A percentage change: sign and arrow carry the direction, colour only repeats it. */
export function PriceChange({
  value,
  tone = "light",
}: {
  value: number | null;
  tone?: keyof typeof TONES;
}) {
  const direction = changeDirection(value);
  const arrow = CHANGE_ARROWS[direction];
  return (
    <span className={`whitespace-nowrap tabular-nums ${TONES[tone][direction]}`}>
      {arrow && (
        <span aria-hidden="true" className="mr-0.5 text-[0.7em]">
          {arrow}
        </span>
      )}
      {formatPercent(value)}
    </span>
  );
}
