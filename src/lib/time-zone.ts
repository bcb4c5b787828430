// Time zone names as the site accepts them (the settings form, the stored settings).

/** Whether the runtime knows `timeZone` as an IANA time zone name ("Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
