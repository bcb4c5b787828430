import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIp with the peer address stamped by the server", () => {
  beforeEach(() => {
    process.env.COINMELA_PEER_HEADER = "x-coinmela-peer";
  });
  afterEach(() => {
    delete process.env.COINMELA_PEER_HEADER;
  });

  it("uses the peer and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    const request = headers({ "x-coinmela-peer": "198.51.100.9", "x-forwarded-for": "10.0.0.1" });
    expect(clientIp(request, 0)).toBe("198.51.100.9");
  });

  it("behind one proxy, takes the address that proxy appended, not what the client wrote", () => {
    const request = headers({
      "x-coinmela-peer": "10.0.0.2", // the proxy
      "x-forwarded-for": "6.6.6.6, 203.0.113.7", // forged by the client, then appended by the proxy
    });
    expect(clientIp(request, 1)).toBe("203.0.113.7");
    expect(clientIp(request, 2)).toBe("6.6.6.6");
  });

  it("never walks past the start of the chain", () => {
    const request = headers({ "x-coinmela-peer": "10.0.0.2" });
    expect(clientIp(request, 3)).toBe("10.0.0.2");
  });

  it("folds IPv4-mapped IPv6 addresses into IPv4", () => {
    expect(clientIp(headers({ "x-coinmela-peer": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientIp(headers({ "x-coinmela-peer": "::1" }), 0)).toBe("::1");
  });
});

describe("clientIp without the preload", () => {
  it("falls back to the proxy chain", () => {
    expect(clientIp(headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" }), 1)).toBe("2.2.2.2");
    expect(clientIp(headers({}), 0)).toBe("unknown");
  });
});
