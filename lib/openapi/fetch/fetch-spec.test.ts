import type { AddressInfo } from "node:net";
import * as http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Count every outgoing request the fetcher starts, to prove refusals happen before connecting.
vi.mock("node:http", async (orig) => {
  const actual = await orig<typeof import("node:http")>();
  return { ...actual, request: vi.fn(actual.request) };
});
vi.mock("node:https", async (orig) => {
  const actual = await orig<typeof import("node:https")>();
  return { ...actual, request: vi.fn(actual.request) };
});

const { fetchSpec } = await import("./index");
const httpMod = await import("node:http");
const httpsMod = await import("node:https");
const requests = () => vi.mocked(httpMod.request).mock.calls.length + vi.mocked(httpsMod.request).mock.calls.length;

const SPEC = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\n";
let server: http.Server;
let port: number;
let connections = 0;
let lastHeaders: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    lastHeaders = req.headers;
    const url = new URL(req.url ?? "/", "http://x");
    switch (url.pathname) {
      case "/spec": {
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { "content-type": "application/yaml", etag: '"v1"', "last-modified": "Sun, 22 Nov 2026 05:00:00 GMT" });
        return void res.end(SPEC);
      }
      case "/redirect":
        res.writeHead(302, { location: url.searchParams.get("to") ?? "/spec" });
        return void res.end();
      case "/loop":
        res.writeHead(301, { location: "/loop" });
        return void res.end();
      case "/big": // chunked, no content-length: the limit must apply while streaming
        res.writeHead(200, { "content-type": "application/json" });
        for (let i = 0; i < 50; i++) res.write("x".repeat(1000));
        return void res.end();
      case "/big-declared":
        res.writeHead(200, { "content-length": "5000000" });
        return void res.end("x".repeat(100));
      case "/slow":
        res.writeHead(200, { "content-type": "application/json" });
        res.write("{"); // …and never finish
        return;
      case "/missing":
        return void res.writeHead(404).end();
      default:
        return void res.writeHead(500).end();
    }
  });
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  connections = 0;
  vi.mocked(httpMod.request).mockClear();
  vi.mocked(httpsMod.request).mockClear();
});

const local = (path: string) => `http://127.0.0.1:${port}${path}`;
const dev = { allowHttp: true, allowList: ["127.0.0.1"] };
/** A fake resolver: names we choose map to addresses we choose, and calls are counted. */
const fakeLookup = (table: Record<string, string>) =>
  vi.fn(async (host: string) => (table[host] ? [{ address: table[host]!, family: table[host]!.includes(":") ? 6 : 4 }] : []));

describe("fetchSpec", () => {
  it("fetches a spec from an allow-listed server and returns its validators", async () => {
    const r = await fetchSpec(local("/spec"), dev);
    expect(r).toMatchObject({ status: "changed", etag: '"v1"', lastModified: "Sun, 22 Nov 2026 05:00:00 GMT", finalUrl: local("/spec") });
    expect(r.status === "changed" && r.body.toString()).toBe(SPEC);
    expect(connections).toBe(1);
  });

  it("sends If-None-Match / If-Modified-Since and maps 304 to not-modified (ETag round trip)", async () => {
    const first = await fetchSpec(local("/spec"), dev);
    if (first.status !== "changed") throw new Error("expected changed");
    const second = await fetchSpec(local("/spec"), { ...dev, etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ status: "not-modified" });
    expect(lastHeaders["if-none-match"]).toBe('"v1"');
    expect(lastHeaders["if-modified-since"]).toBe("Sun, 22 Nov 2026 05:00:00 GMT");
  });

  it("connects to the vetted address without asking DNS again, keeping the name as Host", async () => {
    const lookup = fakeLookup({ "specs.example.test": "127.0.0.1" }); // not resolvable by real DNS
    const r = await fetchSpec(`http://specs.example.test:${port}/spec`, { allowHttp: true, allowList: ["specs.example.test"], lookup });
    expect(r.status).toBe("changed");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lastHeaders.host).toBe(`specs.example.test:${port}`);
  });

  it("refuses plain HTTP unless allowHttp is set, without connecting", async () => {
    const r = await fetchSpec(local("/spec"), { allowList: ["127.0.0.1"] });
    expect(r).toEqual({ status: "unreachable", reason: "The address uses plain HTTP; the catalogue only fetches specs over HTTPS" });
    expect(await fetchSpec("file:///etc/passwd")).toMatchObject({ status: "unreachable", reason: expect.stringContaining('"file"') });
    expect(connections).toBe(0);
    expect(requests()).toBe(0);
  });

  it("refuses 127.0.0.1 and localhost without an allow-list, without connecting", async () => {
    for (const url of [local("/spec"), `http://localhost:${port}/spec`, `https://127.0.0.1:${port}/spec`, `http://[::1]:${port}/spec`]) {
      const r = await fetchSpec(url, { allowHttp: true });
      expect(r).toEqual({ status: "unreachable", reason: expect.stringContaining("loopback") });
    }
    expect(connections).toBe(0);
    expect(requests()).toBe(0);
  });

  it("refuses the cloud metadata address, literally or via a name, before connecting", async () => {
    const lookup = fakeLookup({ "metadata.example.test": "169.254.169.254" });
    const literal = await fetchSpec("https://169.254.169.254/latest/meta-data/", { lookup });
    const named = await fetchSpec("https://metadata.example.test/latest/meta-data/", { lookup });
    const mapped = await fetchSpec("https://[::ffff:169.254.169.254]/latest/meta-data/", { lookup });
    for (const r of [literal, named, mapped]) {
      expect(r).toEqual({ status: "unreachable", reason: expect.stringContaining("169.254.169.254") });
    }
    expect(lookup).toHaveBeenCalledTimes(1); // only for the name; literals are not looked up
    expect(requests()).toBe(0);
  });

  it("refuses a name that resolves to a private address, before connecting", async () => {
    const lookup = fakeLookup({ "intranet.example.test": "10.0.0.1" });
    const r = await fetchSpec("https://intranet.example.test/openapi.yaml", { lookup });
    expect(r).toEqual({ status: "unreachable", reason: "The address resolves to a private network address, which the catalogue does not fetch from" });
    expect(requests()).toBe(0);
  });

  it("refuses a name if any of its addresses is private", async () => {
    const lookup = vi.fn(async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "192.168.0.10", family: 4 },
    ]);
    expect(await fetchSpec("https://mixed.example.test/", { lookup })).toMatchObject({ status: "unreachable", reason: expect.stringContaining("private") });
    expect(requests()).toBe(0);
  });

  it("re-checks redirects: allowed server → loopback or private is refused", async () => {
    const lookup = fakeLookup({ "allowed.example.test": "127.0.0.1", "internal.example.test": "10.0.0.1" });
    const opts = { allowHttp: true, allowList: ["allowed.example.test"], lookup };
    const start = (to: string) => `http://allowed.example.test:${port}/redirect?to=${encodeURIComponent(to)}`;

    const toLoopback = await fetchSpec(start(local("/spec")), opts);
    expect(toLoopback).toEqual({ status: "unreachable", reason: expect.stringMatching(/^A redirect led to http:\/\/127\.0\.0\.1:\d+: .*loopback/) });
    expect(connections).toBe(1); // the allowed server only

    const toPrivate = await fetchSpec(start("http://internal.example.test/spec"), opts);
    expect(toPrivate).toMatchObject({ status: "unreachable", reason: expect.stringContaining("private network address") });
    expect(requests()).toBe(2); // one per allowed first hop, none to the refused targets
  });

  it("follows an allowed redirect and reports the final URL", async () => {
    const r = await fetchSpec(local("/redirect?to=/spec"), dev);
    expect(r).toMatchObject({ status: "changed", finalUrl: local("/spec") });
  });

  it("stops after 5 redirects", async () => {
    const r = await fetchSpec(local("/loop"), dev);
    expect(r).toEqual({ status: "unreachable", reason: "The address redirected more than 5 times" });
    expect(requests()).toBe(6);
  });

  it("cuts off an over-size body, streamed or declared, with a clear reason", async () => {
    const streamed = await fetchSpec(local("/big"), { ...dev, maxBytes: 10_000 });
    expect(streamed).toEqual({ status: "unreachable", reason: "The document is larger than the 10000 bytes limit, so it was not downloaded" });
    const declared = await fetchSpec(local("/big-declared"), { ...dev, maxBytes: 1024 * 1024 });
    expect(declared).toEqual({ status: "unreachable", reason: "The document is larger than the 1 MB limit, so it was not downloaded" });
  });

  // /slow never finishes its body: without the deadline this would never answer.
  it("gives up on a slow server at the time limit", async () => {
    const r = await fetchSpec(local("/slow"), { ...dev, timeoutMs: 300 });
    expect(r).toEqual({ status: "unreachable", reason: "The server did not send the document within 0.3 seconds" });
  });

  it("counts a slow DNS answer against the time limit and connects to nothing afterwards", async () => {
    // The name resolves only after fetchSpec has answered.
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    const lookup = vi.fn(async () => {
      await answered;
      return [{ address: "127.0.0.1", family: 4 }];
    });
    const r = await fetchSpec(`http://slow-dns.example.test:${port}/spec`, { allowHttp: true, allowList: ["slow-dns.example.test"], lookup, timeoutMs: 50 });
    expect(r).toMatchObject({ status: "unreachable", reason: expect.stringContaining("within 0.1 seconds") });
    answer();
    await lookup.mock.results[0]!.value;
    // What follows the lookup is promise work, all done before the next turn of the event loop.
    await new Promise((res) => setImmediate(res));
    expect(requests()).toBe(0);
  });

  it("reports HTTP errors, unknown hosts, refused connections and bad URLs in plain English", async () => {
    expect(await fetchSpec(local("/missing"), dev)).toEqual({ status: "unreachable", reason: "The server answered with HTTP status 404" });
    expect(await fetchSpec("https://nowhere.example.test/", { lookup: fakeLookup({}) })).toEqual({
      status: "unreachable",
      reason: 'The host name "nowhere.example.test" could not be found',
    });
    expect(await fetchSpec("http://127.0.0.1:1/spec", dev)).toEqual({ status: "unreachable", reason: "The server refused the connection" });
    expect(await fetchSpec("not a url")).toEqual({ status: "unreachable", reason: "The address is not a valid URL" });
  });
});
