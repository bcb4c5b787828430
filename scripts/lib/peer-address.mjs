// Preloaded (node --import) into the Next.js server process by `npm start`, `npm run dev` and the
// test and bench servers. Next.js does not tell route handlers or server actions the TCP peer's
// address, and it keeps any X-Forwarded-For the client sent, so rate limits keyed by address could
// be dodged or aimed at someone else with a forged header. This stamps every incoming request with
// the socket's peer address in a header of our own, overwriting whatever the client sent under
// that name; src/lib/client-ip.ts reads it (and only trusts X-Forwarded-For entries added by the
// number of proxies TRUSTED_PROXY_HOPS says are in front).
import http from "node:http";

export const PEER_HEADER = "x-coinmela-peer";

const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, ...args) {
  if (event === "request") {
    const request = args[0];
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
  }
  return originalEmit.call(this, event, ...args);
};

process.env.COINMELA_PEER_HEADER = PEER_HEADER;
