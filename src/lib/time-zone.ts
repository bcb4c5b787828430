// Time zones the site can show dates in (settings, formatting).

/** True when `timeZone` is an IANA zone this runtime knows, e.g. "Europe/Berlin". */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
