/**
 * The client's address, used as a rate-limit key and for the audit log.
 *
 * The server process is started with scripts/lib/peer-address.mjs preloaded, which stamps each
 * request with the TCP peer's address in a header the client cannot forge (it is overwritten).
 * With no proxy in front (TRUSTED_PROXY_HOPS=0, the default) that peer is the client. Behind N
 * reverse proxies that each append to X-Forwarded-For, the client is the address the outermost
 * proxy saw: N entries back from the peer. Entries further left came from the client and are
 * ignored, so a forged X-Forwarded-For neither dodges a limit nor locks out someone else.
 */
export function clientIp(
  headers: { get(name: string): string | null },
  trustedHops = trustedProxyHops(),
): string {
  const peerHeader = process.env.COINMELA_PEER_HEADER;
  const peer = peerHeader ? headers.get(peerHeader)?.trim() : undefined;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!peer) {
    // Started without the preload (a bare `next start`): only the proxy chain is left to go on.
    return normalize(forwarded.at(-Math.max(1, trustedHops)) ?? forwarded[0] ?? "unknown");
  }
  const chain = [...forwarded, peer];
  return normalize(chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer);
}

function trustedProxyHops(): number {
  const value = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : 0;
}

/** "::ffff:203.0.113.7" (IPv4 over an IPv6 socket) is the same client as "203.0.113.7". */
function normalize(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
