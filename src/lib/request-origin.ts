// Cross-site request forgery guard for route handlers that change things with the session cookie,
// the check Next applies to server actions: the browser's Origin header must name this site,
// either the host the request was sent to (X-Forwarded-Host behind a proxy, else Host) or one of
// the site's configured origins (SITE_URL, NEXTAUTH_URL). SameSite=Lax cookies alone leave
// same-site attackers (another subdomain) and old browsers in; Origin is set by the browser and a
// page cannot forge it.

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * True when the request comes from this site's own pages (or from a client that is not a browser
 * and so carries no Origin, as Next allows for server actions; such a client has no victim's
 * cookie to ride on). "Origin: null" (sandboxed frames, opaque redirects) is refused. Without
 * Origin, a browser's Sec-Fetch-Site that says another site is refused too.
 */
export function isSameOriginRequest(headers: Headers, siteOrigins: readonly string[]): boolean {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  const from = hostOf(origin);
  if (!from) return false;
  // X-Forwarded-Host may list several hosts ("a, b"); the first is what the client asked for.
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase();
  const host = forwarded || headers.get("host")?.toLowerCase();
  if (host && from === host) return true;
  return siteOrigins.some((site) => hostOf(site) === from && new URL(site).origin === origin);
}
