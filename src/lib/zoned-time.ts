// Wall-clock times in a named time zone ↔ instants, on @date-fns/tz's TZDate. The site's editors
// read clocks in the site's time zone (settings), not the browser's or the server's: scheduling
// reads a date and a time in it, the audit log's filter reads whole days in it.
import { TZDate } from "@date-fns/tz";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** Year, month (1–12) and day of a "2026-12-01" date, or null when it is not a calendar day. */
function calendarDay(date: string): [number, number, number] | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 2026-02-30
  return [year, month, day];
}

/**
 * The instant at which clocks in `timeZone` show `date` ("2026-12-01") and `time` ("09:05"), or
 * null for input that is not a real date and time. A time skipped by a daylight-saving jump is
 * taken as the same clock reading after the jump (02:30 on a spring-forward night → 03:30); a
 * repeated autumn time as its first occurrence.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const day = calendarDay(date);
  const clock = TIME.exec(time);
  if (!day || !clock) return null;
  const [hour, minute] = [Number(clock[1]), Number(clock[2])];
  if (hour > 23 || minute > 59) return null;
  const [year, month, dayOfMonth] = day;
  return new Date(new TZDate(year, month - 1, dayOfMonth, hour, minute, timeZone).getTime());
}

/** What clocks in `timeZone` show at `instant`, in the inputs' formats. */
export function instantToZonedTime(
  instant: Date,
  timeZone: string,
): { date: string; time: string } {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${two(zoned.getMonth() + 1)}-${two(zoned.getDate())}`,
    time: `${two(zoned.getHours())}:${two(zoned.getMinutes())}`,
  };
}

/** The instant a calendar day ("2026-03-08") begins in `timeZone`; null for anything else. */
export function startOfDayInZone(date: string, timeZone: string): Date | null {
  const day = calendarDay(date);
  if (!day) return null;
  const [year, month, dayOfMonth] = day;
  return new Date(new TZDate(year, month - 1, dayOfMonth, timeZone).getTime());
}
