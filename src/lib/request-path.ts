// A request path whose percent-encoding does not decode (`/%ff`, `/media/%E2%82`) made Next's
// router throw, and the reader got a bare 500. Such a path names no page of ours, so the
// production server (scripts/next-server.ts) answers it with the site's 404 page instead.

/** Where such requests go: no route matches it, so Next renders the site's not-found page. */
export const UNDECODABLE_PATH_TARGET = "/_unknown/path/404";

/** True when the path part of `url` (a request target such as "/news/a?page=2") cannot be
 * percent-decoded as UTF-8, or decodes to a control character (a NUL byte, say). */
export function hasUndecodablePath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return /[\u0000-\u001f\u007f]/.test(decoded);
}
