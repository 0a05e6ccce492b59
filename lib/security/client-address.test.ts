import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";
import { send, startServer, type TestServer } from "./testing";

let server: TestServer;
let hops = 0;
beforeAll(async () => {
  server = await startServer(async (request) => ({ status: 200, body: clientAddress(request.headers, hops) }));
});
afterAll(() => server.close());

const addressOf = async (forwardedFor: string | undefined, options: { from?: string; hops?: number } = {}) => {
  hops = options.hops ?? 0;
  return (await send(server, { from: options.from, forwardedFor })).body;
};

describe("the client's address", () => {
  it("is the socket's address with no trusted proxy, whatever X-Forwarded-For says", async () => {
    expect(await addressOf(undefined, { from: "127.0.0.2" })).toBe("127.0.0.2");
    expect(await addressOf("203.0.113.9", { from: "127.0.0.2" })).toBe("127.0.0.2");
    expect(await addressOf("203.0.113.9, 198.51.100.4", { from: "127.0.0.3" })).toBe("127.0.0.3");
  });

  it("is the address the trusted proxies were reached from, counted from the right", async () => {
    // One proxy (on 127.0.0.5) appended the address it was reached from; the rest is the client's own.
    expect(await addressOf("198.51.100.4", { from: "127.0.0.5", hops: 1 })).toBe("198.51.100.4");
    expect(await addressOf("203.0.113.9, 198.51.100.4", { from: "127.0.0.5", hops: 1 })).toBe("198.51.100.4");
    // Two proxies: a CDN then a load balancer.
    expect(await addressOf("203.0.113.9, 198.51.100.4, 192.0.2.10", { from: "127.0.0.5", hops: 2 })).toBe("198.51.100.4");
  });

  it("is the leftmost entry of a chain shorter than the proxies configured", async () => {
    expect(await addressOf(undefined, { from: "127.0.0.5", hops: 2 })).toBe("127.0.0.5");
  });

  it("reads IPv4 addresses written the IPv6 way as IPv4", async () => {
    expect(await addressOf("::ffff:198.51.100.4", { hops: 1 })).toBe("198.51.100.4");
  });

  it("is unknown for a request whose socket address was not appended, whatever it claims", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9", "x-catalogue-socket-appended": "guess" }))).toBe("unknown");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is 0 unless set to a whole number of proxies", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "one" })).toBe(0);
  });
});
