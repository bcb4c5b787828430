import { describe, expect, it } from "vitest";
import { isPublicAddress, privateHostReason } from "./address-rules";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1", // carrier-grade NAT
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "fc00::1",
    "ff02::1",
    "::ffff:127.0.0.1", // IPv4-mapped
    "::ffff:8.8.8.8", // mapped, even to a public address: the socket would reach IPv4 anyway
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "2002:7f00:1::", // 6to4 of 127.0.0.1
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.215.14", "172.32.0.1", "2606:4700::1111", "2a00:1450:4001::1"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it("refuses what is not an address", () => {
    expect(isPublicAddress("example.org")).toBe(false);
    expect(isPublicAddress("")).toBe(false);
  });
});

describe("privateHostReason", () => {
  it.each([
    ["http://127.0.0.1:3000/x", /loopback/],
    ["http://[::1]:3000/api/revalidate", /loopback/],
    ["http://2130706433/", /loopback/], // 127.0.0.1 as one number, normalised by URL
    ["http://0x7f.1/", /loopback/],
    ["http://localhost/", /this machine/],
    ["http://LOCALHOST./", /this machine/],
    ["http://api.localhost/", /this machine/],
    ["http://169.254.169.254/latest/meta-data/", /linkLocal/],
    ["http://10.0.0.1/", /private/],
    ["http://[fd12::1]/", /uniqueLocal/],
    ["http://[::ffff:7f00:1]/", /ipv4Mapped/],
    ["http://0.0.0.0/", /unspecified/],
    ["http://[::]/", /unspecified/],
    ["http://239.1.1.1/", /multicast/],
  ])("refuses %s", (url, reason) => {
    expect(privateHostReason(new URL(url))).toMatch(reason);
  });

  it.each(["https://hooks.example.org/in", "http://8.8.8.8/", "https://[2606:4700::1111]/"])(
    "accepts %s (names are checked again when sent)",
    (url) => {
      expect(privateHostReason(new URL(url))).toBeNull();
    },
  );
});
