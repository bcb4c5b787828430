// Whether a redirect target stays on this site. A Location header is resolved by the browser, and
// browsers read "//host/x" and "/\host/x" as another host (the backslash counts as a slash in
// http(s) URLs), so a string that starts with "/" is not yet a path on this site.

const BASE = "http://site.invalid";

/**
 * True when `target` is a path (optionally with query and fragment) that a browser resolves to
 * this site's origin. Dot segments are resolved first, since "/.//evil.example" becomes
 * "//evil.example" once they are.
 */
export function isSiteLocalPath(target: string): boolean {
  if (!target.startsWith("/") || /^\/[/\\]/.test(target)) return false;
  // Controls and spaces: browsers strip tabs and newlines, which can join "/" and "\" or "/".
  if (/[\s\u0000-\u001f\u007f]/.test(target)) return false;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return false;
  }
  if (url.origin !== BASE) return false;
  const { pathname } = url;
  if (/^\/[/\\]/.test(pathname)) return false;
  // A scheme in the path ("/https://…", "/javascript:…") is never a page of ours, and some
  // clients and proxies collapse the slashes in front of it.
  if (pathname.includes("://") || /^\/[a-z][a-z0-9+.-]*:/i.test(pathname)) return false;
  return true;
}
