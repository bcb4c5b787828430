import { formatDateTime } from "@/features/articles/format";
import { SourceAttribution } from "./source-attribution";

/** "As of …", the delayed mark and the source credit under market data. */
export function SnapshotNote({
  asOf,
  source,
  stale,
  timeZone,
}: {
  asOf: string;
  source: string;
  stale: boolean;
  timeZone: string;
}) {
  return (
    <p className="text-sm text-neutral-600 dark:text-neutral-400">
      {stale && (
        <span className="mr-2 rounded bg-amber-300 px-1.5 py-0.5 font-semibold text-neutral-950">
          Delayed
        </span>
      )}
      As of <time dateTime={asOf}>{formatDateTime(new Date(asOf), timeZone)}</time> ·{" "}
      <SourceAttribution source={source} className="text-brand-700 dark:text-blue-300" />
    </p>
  );
}
