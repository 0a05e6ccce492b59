/**
 * Which IP addresses the catalogue refuses to fetch from. Written out by hand (rather than with
 * net.BlockList) so IPv4-mapped, NAT64 and 6to4 IPv6 forms are judged by the IPv4 address inside.
 */
import { isIP } from "node:net";

export type BlockedRange = "loopback" | "private" | "link-local" | "shared" | "unspecified" | "multicast" | "reserved";

export const RANGE_REASON: Record<BlockedRange, string> = {
  loopback: "The address is on this server itself (loopback), which the catalogue does not fetch from",
  private: "The address resolves to a private network address, which the catalogue does not fetch from",
  "link-local": "The address is link-local (this includes cloud metadata services such as 169.254.169.254), which the catalogue does not fetch from",
  shared: "The address is in the carrier-grade NAT range (100.64.0.0/10), which the catalogue does not fetch from",
  unspecified: "The address is unspecified (0.0.0.0 or ::), which the catalogue does not fetch from",
  multicast: "The address is a multicast or broadcast address, which the catalogue does not fetch from",
  reserved: "The address is in a reserved range, which the catalogue does not fetch from",
};

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4(n: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  const start = ipv4ToInt(base);
  return n >= start && n < start + size;
}

function classifyV4(ip: string): BlockedRange | undefined {
  const n = ipv4ToInt(ip);
  if (inV4(n, "0.0.0.0", 8)) return "unspecified";
  if (inV4(n, "127.0.0.0", 8)) return "loopback";
  if (inV4(n, "10.0.0.0", 8) || inV4(n, "172.16.0.0", 12) || inV4(n, "192.168.0.0", 16)) return "private";
  if (inV4(n, "169.254.0.0", 16)) return "link-local";
  if (inV4(n, "100.64.0.0", 10)) return "shared";
  if (inV4(n, "224.0.0.0", 4) || n === 0xffffffff) return "multicast";
  if (inV4(n, "240.0.0.0", 4) || inV4(n, "192.0.0.0", 24) || inV4(n, "198.18.0.0", 15)) return "reserved";
  return undefined;
}

/** Expand an IPv6 address (possibly with an embedded dotted IPv4 tail) to 8 16-bit groups. */
function expandV6(ip: string): number[] {
  let s = ip.split("%")[0]!.toLowerCase(); // drop a zone id such as fe80::1%eth0
  const tail = s.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (tail) {
    const n = ipv4ToInt(tail[1]!);
    s = s.slice(0, -tail[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = s.split("::") as [string, string | undefined];
  const h = head ? head.split(":") : [];
  const r = rest !== undefined && rest !== "" ? rest.split(":") : [];
  const fill = rest === undefined ? [] : new Array<string>(8 - h.length - r.length).fill("0");
  return [...h, ...fill, ...r].map((g) => parseInt(g, 16));
}

function classifyV6(ip: string): BlockedRange | undefined {
  const g = expandV6(ip);
  const v4 = (hi: number, lo: number) => `${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`;
  const zeroes = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroes(8)) return "unspecified";
  if (zeroes(7) && g[7] === 1) return "loopback";
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated) and 64:ff9b::a.b.c.d (NAT64).
  if (zeroes(5) && g[5] === 0xffff) return classifyV4(v4(g[6]!, g[7]!));
  if (zeroes(6)) return classifyV4(v4(g[6]!, g[7]!)) ?? "reserved";
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyV4(v4(g[6]!, g[7]!));
  // 64:ff9b:1::/48 is the local-use NAT64 prefix (RFC 8215): a translator inside some network,
  // reaching whatever it is set up to reach, so private whichever IPv4 address it carries.
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return "private";
  // 2002:AABB:CCDD::/48 (6to4) carries the IPv4 address AA.BB.CC.DD in its second and third groups.
  if (g[0] === 0x2002) return classifyV4(v4(g[1]!, g[2]!));
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "private"; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((first & 0xffc0) === 0xfec0) return "private"; // fec0::/10 old site-local
  if ((first & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  return undefined;
}

/** The blocked range an IP address falls in, or undefined if it is a public address. */
export function classifyAddress(ip: string): BlockedRange | undefined {
  const family = isIP(ip);
  if (family === 4) return classifyV4(ip);
  if (family === 6) return classifyV6(ip);
  return "reserved"; // not an IP at all: never connect to it
}
