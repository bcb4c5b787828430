/** A small bar chart of daily views, drawn as SVG on the server, with the numbers as text too. */
export function ViewsChart({ daily }: { daily: readonly { day: Date; views: number }[] }) {
  const max = Math.max(1, ...daily.map((d) => d.views));
  const width = 280;
  const height = 80;
  const gap = 6;
  const barWidth = (width - gap * (daily.length - 1)) / Math.max(1, daily.length);
  const label = (day: Date) =>
    day.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  const total = daily.reduce((sum, d) => sum + d.views, 0);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Article views per day, last ${daily.length} days: ${daily
          .map((d) => `${label(d.day)} ${d.views}`)
          .join(", ")}`}
        className="text-blue-700 dark:text-blue-400"
      >
        {daily.map((d, index) => {
          const barHeight = Math.max(1, Math.round((d.views / max) * (height - 4)));
          return (
            <rect
              key={d.day.toISOString()}
              x={index * (barWidth + gap)}
              y={height - barHeight}
              width={barWidth}
              height={barHeight}
              fill="currentColor"
              rx={2}
            />
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {total.toLocaleString("en-US")} views in the last {daily.length} days (
        {label(daily[0]?.day ?? new Date())} – {label(daily.at(-1)?.day ?? new Date())})
      </figcaption>
    </figure>
  );
}
