import { describe, expect, it } from "vitest";
import { classifyAddress } from "./address";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "multicast"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:10.1.2.3", "private"],
    ["64:ff9b::10.0.0.1", "private"],
    // Local-use NAT64 (RFC 8215): private whatever it embeds, public IPv4 addresses included.
    ["64:ff9b:1::10.0.0.1", "private"],
    ["64:ff9b:1::8.8.8.8", "private"],
    ["64:ff9b:1:ffff::1", "private"],
    // 6to4: the IPv4 address in the second and third groups decides.
    ["2002:7f00:1::", "loopback"],
    ["2002:0a00:0001::1", "private"],
    ["2002:c0a8:0101:5::1", "private"],
    ["2002:a9fe:a9fe::", "link-local"],
    ["2002:6440:1::", "shared"],
    ["2002::", "unspecified"],
    ["not-an-ip", "reserved"],
  ])("refuses %s (%s)", (ip, range) => {
    expect(classifyAddress(ip)).toBe(range);
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "151.101.0.1", "2a00:1450:4009::200e", "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::8.8.8.8"])("allows public %s", (ip) => {
    expect(classifyAddress(ip)).toBeUndefined();
  });
});
