import ipaddr from "ipaddr.js";

// Which receivers a webhook may reach, free of I/O. One rule for the form and the sender: only
// public unicast addresses. ipaddr.js names every special range (loopback, private, linkLocal,
// uniqueLocal, ipv4Mapped, unspecified, multicast, carrierGradeNat, reserved, 6to4, teredo, ...)
// and calls the rest "unicast"; request-filtering-agent, which guards the connection at send time,
// applies the same test to the address it resolved, so the two never disagree.

/** Is this IP address (v4 or v6, no brackets) a public unicast address? */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === "unicast";
}

/** Names that always mean this machine, whatever DNS says (RFC 6761). */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/**
 * Why a webhook URL's host may not receive webhooks, checked when the URL is saved: a literal
 * address that is not public unicast, or a localhost name. Other names pass here; what they
 * resolve to is checked when each delivery is sent (DNS may change after saving).
 */
export function privateHostReason(url: URL): string | null {
  // URL keeps IPv6 literals in brackets and has already turned 0x7f000001 and friends into
  // dotted IPv4, so what is left is either an address or a name.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isLocalhostName(host)) return "a name for this machine";
  if (ipaddr.isValid(host) && !isPublicAddress(host)) {
    return `a ${ipaddr.parse(host).range()} address`;
  }
  return null;
}
