/** A date and time in the site's time zone, with the zone named: "Dec 1, 2026, 9:05 AM EST". */
export function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  })
    .format(date)
    .concat(" ", zoneName(date, timeZone));
}

/** The zone's short name at that instant ("EST", "GMT+1"), which changes with daylight saving. */
export function zoneName(date: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}
