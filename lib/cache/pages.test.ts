import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache, RENDER_HEADER, isCacheable, pageCacheEntries, renderOnThisInstance, type Page } from "./pages";

const CSRF = "next-auth.csrf-token";
const request = (pathname: string, headers: Record<string, string> = {}, method = "GET") => ({ method, pathname, headers: new Headers(headers) });

describe("which requests the page cache may answer", () => {
  it("a signed-out visitor's search, with or without the CSRF cookie", () => {
    expect(isCacheable(request("/apis"), CSRF)).toBe(true);
    expect(isCacheable(request("/apis", { cookie: `${CSRF}=abc%7Cdef` }), CSRF)).toBe(true);
  });

  it("never anyone with another cookie, such as a session", () => {
    expect(isCacheable(request("/apis", { cookie: `${CSRF}=abc; next-auth.session-token=xyz` }), CSRF)).toBe(false);
    expect(isCacheable(request("/apis", { cookie: "__Secure-next-auth.session-token.0=xyz" }), CSRF)).toBe(false);
    expect(isCacheable(request("/apis", { cookie: `x${CSRF}=abc` }), CSRF)).toBe(false);
  });

  it("only GETs of the cached pages, never Next's data requests or a render for the cache", () => {
    expect(isCacheable(request("/apis", {}, "POST"), CSRF)).toBe(false);
    expect(isCacheable(request("/apis", {}, "HEAD"), CSRF)).toBe(false);
    expect(isCacheable(request("/apis/vehicle-enquiry"), CSRF)).toBe(false);
    expect(isCacheable(request("/status"), CSRF)).toBe(false);
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", RENDER_HEADER]) {
      expect(isCacheable(request("/apis", { [header]: "1" }), CSRF)).toBe(false);
    }
  });

  it("keeps 200 pages unless PAGE_CACHE_ENTRIES says otherwise (0 turns it off)", () => {
    expect(pageCacheEntries({})).toBe(200);
    expect(pageCacheEntries({ PAGE_CACHE_ENTRIES: "0" })).toBe(0);
    expect(pageCacheEntries({ PAGE_CACHE_ENTRIES: "50" })).toBe(50);
    expect(pageCacheEntries({ PAGE_CACHE_ENTRIES: "lots" })).toBe(200);
    expect(new PageCache(0).enabled).toBe(false);
  });
});

describe("the page cache", () => {
  /** A render that counts its calls and makes a page with the cache's stand-in nonce. */
  function renderer(cache: PageCache, text = "results") {
    const calls: number[] = [];
    const render = async (): Promise<Page> => {
      calls.push(calls.length);
      await new Promise((r) => setTimeout(r, 5));
      return { body: `<script nonce="${cache.mark}">${text} ${calls.length}</script>`, contentType: "text/html; charset=utf-8" };
    };
    return { calls, render };
  }

  it("leaves a URL's first request to the usual render, then renders its page once, however many ask at the same moment", async () => {
    const cache = new PageCache(10);
    const { calls, render } = renderer(cache);
    expect(await cache.page(1, "/apis?q=tax", render)).toBeNull();
    expect(calls).toHaveLength(0);
    const second = await Promise.all([1, 2, 3].map(() => cache.page(1, "/apis?q=tax", render)));
    expect(calls).toHaveLength(1);
    expect(second.map((r) => r?.hit)).toEqual([false, false, false]);
    const page = second[0]!.page;
    expect(second.every((r) => r?.page === page)).toBe(true);
    expect(await cache.page(1, "/apis?q=tax", render)).toEqual({ page, hit: true });
    expect(calls).toHaveLength(1);
  });

  it("serves each response with its own nonce in place of the stand-in", async () => {
    const cache = new PageCache(10);
    const { render } = renderer(cache);
    await cache.page(1, "/apis", render);
    const { page } = (await cache.page(1, "/apis", render))!;
    expect(cache.withNonce(page, "n0nce")).toBe('<script nonce="n0nce">results 1</script>');
    expect(cache.withNonce(page, "other")).not.toContain(cache.mark);
  });

  it("forgets every page when the catalogue's version moves on, and never serves a newer page to an older read", async () => {
    const cache = new PageCache(10);
    const { calls, render } = renderer(cache);
    for (const version of [1, 1, 2, 2]) await cache.page(version, "/apis", render);
    expect(calls).toHaveLength(2);
    const newer = await cache.page(2, "/apis", render);
    expect(newer?.hit).toBe(true);
    expect(cache.withNonce(newer!.page, "n")).toContain("results 2");
    // A request that read the version before the write: rendered as usual, nothing kept.
    expect(await cache.page(1, "/apis", render)).toBeNull();
    expect(await cache.page(2, "/apis", render)).toEqual(newer);
    expect(calls).toHaveLength(2);
  });

  it("keeps nothing that failed, or that was not rendered with the stand-in nonce, and does not try that URL again", async () => {
    const cache = new PageCache(10);
    const attempts: Array<() => Promise<Page | null>> = [
      async () => null,
      async () => Promise.reject(new Error("down")),
      async () => ({ body: '<script nonce="someone-else">', contentType: "text/html" }),
    ];
    for (const [i, render] of attempts.entries()) {
      const url = `/apis?page=${i}`;
      const { calls, render: good } = renderer(cache);
      await cache.page(1, url, render);
      expect(await cache.page(1, url, render)).toBeNull();
      expect(await cache.page(1, url, good)).toBeNull();
      expect(calls).toHaveLength(0);
    }
  });

  it("keeps at most its number of pages, forgetting the one used longest ago", async () => {
    const cache = new PageCache(2);
    const { calls, render } = renderer(cache);
    for (const url of ["/apis?page=1", "/apis?page=2", "/apis?page=3", "/apis?page=1"]) {
      await cache.page(1, url, render);
      await cache.page(1, url, render);
    }
    expect(calls).toHaveLength(4);
    expect((await cache.page(1, "/apis?page=3", render))?.hit).toBe(true);
    expect((await cache.page(1, "/apis?page=2", render))?.hit).toBe(false);
  });

  it("is off with no room", async () => {
    const cache = new PageCache(0);
    const { calls, render } = renderer(cache);
    expect(await cache.page(1, "/apis", render)).toBeNull();
    expect(await cache.page(1, "/apis", render)).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

describe("rendering a page on this instance", () => {
  let server: http.Server;
  let port: string;
  const seen: { url?: string; header?: string | string[] }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url, header: req.headers[RENDER_HEADER] });
      if (req.url === "/apis?q=tax") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end("<html>page</html>");
      else if (req.url === "/apis?q=moved") res.writeHead(307, { Location: "/elsewhere" }).end();
      else res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = String((server.address() as AddressInfo).port);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it("asks over loopback with the secret, and keeps only a 200 HTML page", async () => {
    expect(await renderOnThisInstance("/apis?q=tax", "s3cret", port)).toEqual({ body: "<html>page</html>", contentType: "text/html; charset=utf-8" });
    expect(seen.at(-1)).toEqual({ url: "/apis?q=tax", header: "s3cret" });
    expect(await renderOnThisInstance("/apis?q=moved", "s3cret", port)).toBeNull();
    expect(await renderOnThisInstance("/apis?q=json", "s3cret", port)).toBeNull();
    expect(await renderOnThisInstance("/apis", "s3cret", undefined)).toBeNull();
  });
});
