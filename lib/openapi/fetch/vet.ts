/**
 * Decide, before any connection is made, whether a URL may be fetched and which address to
 * connect to. The caller then connects to exactly that address (see request.ts), so a DNS answer
 * that changes between our check and the connection (DNS rebinding) cannot redirect us.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress, RANGE_REASON } from "./address";

export interface LookupAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses; injectable so tests never depend on real DNS. */
export type Lookup = (hostname: string) => Promise<LookupAddress[]>;

export const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface VetOptions {
  allowHttp?: boolean;
  /** Host names or IP addresses that may be fetched even though they are loopback/private. */
  allowList?: readonly string[];
  lookup?: Lookup;
}

export type Vetted = { ok: true; host: string; address: string; family: number } | { ok: false; reason: string };

/** URL.hostname keeps the brackets of an IPv6 literal; dns and net want it bare. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
}

export async function vetUrl(url: URL, opts: VetOptions): Promise<Vetted> {
  if (url.protocol !== "https:" && !(url.protocol === "http:" && opts.allowHttp)) {
    return {
      ok: false,
      reason:
        url.protocol === "http:"
          ? "The address uses plain HTTP; the catalogue only fetches specs over HTTPS"
          : `The address uses "${url.protocol.replace(/:$/, "")}"; the catalogue only fetches specs over HTTPS`,
    };
  }
  if (url.username || url.password) {
    return { ok: false, reason: "The address contains a user name or password, which the catalogue does not send" };
  }
  const host = bareHost(url);
  const allow = new Set((opts.allowList ?? []).map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));

  let addresses: LookupAddress[];
  const literal = isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await (opts.lookup ?? systemLookup)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) return { ok: false, reason: `The host name "${host}" could not be found` };
  }

  // Every address must pass, not just the first: otherwise a name with one public and one
  // private address could still steer the connection inwards.
  if (!allow.has(host)) {
    for (const { address } of addresses) {
      if (allow.has(address.toLowerCase())) continue;
      const range = classifyAddress(address);
      if (range) return { ok: false, reason: RANGE_REASON[range] };
    }
  }
  const first = addresses[0]!;
  return { ok: true, host, address: first.address, family: first.family };
}
