/**
 * The client's address as the reverse proxy in front of the site reports it (first entry of
 * X-Forwarded-For, or X-Real-IP). Used only as a rate-limit key. Behind no proxy these headers
 * come from the client and can be forged; the per-account limits do not depend on them.
 */
export function clientIp(headers: { get(name: string): string | null }): string {
  return (
    headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    headers.get("x-real-ip")?.trim() ||
    "unknown"
  );
}
