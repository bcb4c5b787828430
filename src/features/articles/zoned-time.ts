// Wall-clock times in a named time zone ↔ instants. The schedule input is a date and a time as
// the site's editors read clocks (the site's time zone, not the browser's or the server's).

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant at which clocks in `timeZone` show `date` ("2026-12-01") and `time` ("09:05"), or
 * null for input that is not a real date and time. A time skipped by a daylight-saving jump is
 * taken as the same clock reading after the jump (02:30 on a spring-forward night → 03:30).
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 2026-02-30
  // The offset depends on the instant we are looking for: guess with the offset at the wall
  // time, then correct once with the offset at the guess (enough for every real zone).
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  return new Date(Math.max(first, second));
}

/** What clocks in `timeZone` show at `instant`, in the inputs' formats. */
export function instantToZonedTime(
  instant: Date,
  timeZone: string,
): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
