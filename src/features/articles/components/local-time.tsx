import { formatDateTime } from "../format";

/** A moment as the site's readers see it: in the site's time zone, machine-readable in dateTime. */
export function LocalTime({ date, timeZone }: { date: Date; timeZone: string }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone)}</time>;
}
