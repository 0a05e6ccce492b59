import crypto from "node:crypto";
import { Lru } from "./lru";

/**
 * Whole pages for signed-out visitors, kept per app instance and per catalogue version.
 *
 * A signed-out visitor's search page depends only on its URL and the catalogue, so it is
 * rendered once and served again until any write bumps the catalogue's version (checked in the
 * database on every request, so a write on any instance is seen at once by all). Only the CSP
 * nonce differs between responses: a page is rendered with a stand-in nonce that is swapped for
 * each response's own. Nothing here must be shared between instances: each fills its own.
 */

/** The pages cached: the search page, where signed-out traffic concentrates. */
export const CACHED_PATHS: readonly string[] = ["/apis"];

/** Headers of Next's own requests for data (client navigation, prefetch, server actions). */
const NEXT_DATA_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** The request header that marks this instance's own request for a page to keep. */
export const RENDER_HEADER = "x-catalogue-page-render";

export type PageRequest = { method: string; pathname: string; headers: Headers };

/**
 * Whether a request may be answered from the cache: a plain GET of a cached page by someone
 * with no cookie but the CSRF one (so certainly signed out), and not a request for Next's data.
 */
export function isCacheable({ method, pathname, headers }: PageRequest, csrfCookieName: string): boolean {
  if (method !== "GET" || !CACHED_PATHS.includes(pathname)) return false;
  if (NEXT_DATA_HEADERS.some((name) => headers.has(name)) || headers.has(RENDER_HEADER)) return false;
  const cookies = (headers.get("cookie") ?? "").split(";").map((c) => c.trim()).filter(Boolean);
  return cookies.every((c) => c.startsWith(`${csrfCookieName}=`));
}

export type Page = { body: string; contentType: string };

/** How many pages an instance keeps (PAGE_CACHE_ENTRIES; 0 turns the cache off). */
export function pageCacheEntries(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.PAGE_CACHE_ENTRIES ?? 200);
  return Number.isInteger(n) && n >= 0 ? n : 200;
}

export class PageCache {
  /** The stand-in nonce pages are rendered with: random, so no content can contain it. */
  readonly mark = crypto.randomBytes(16).toString("hex");
  /** Proves a render request came from this instance (the header cannot be guessed). */
  readonly secret = crypto.randomBytes(16).toString("hex");
  private version = -1;
  private pages: Lru<Page>;
  /** URLs asked for once at this version (a page is kept from its second request on, so a
   * search nobody repeats costs no more than without the cache), or whose render was not kept. */
  private seen: Lru<"once" | "not kept">;
  private readonly filling = new Map<string, Promise<Page | null>>();

  constructor(private readonly max: number) {
    this.pages = new Lru(max);
    this.seen = new Lru(4 * max);
  }

  get enabled(): boolean {
    return this.max > 0;
  }

  /**
   * The page for a URL at a catalogue version, and whether it was kept already (a hit), or null
   * to render the request as usual: the first time a URL is asked for, when its render for the
   * cache failed or was not a page made with the stand-in nonce (not tried again until the
   * version moves on), and when the request read an older version than another did. From a
   * URL's second request on, its page is rendered for the cache once, however many ask at once.
   */
  async page(version: number, url: string, render: () => Promise<Page | null>): Promise<{ page: Page; hit: boolean } | null> {
    if (!this.enabled || version < this.version) return null;
    if (version > this.version) {
      this.version = version;
      this.pages = new Lru(this.max);
      this.seen = new Lru(4 * this.max);
      this.filling.clear();
    }
    const kept = this.pages.get(url);
    if (kept) return { page: kept, hit: true };
    let pending = this.filling.get(url);
    if (!pending) {
      const seen = this.seen.get(url);
      // Marked before the render: once a page is kept, `pages` answers first.
      this.seen.set(url, seen ? "not kept" : "once");
      if (seen !== "once") return null;
      const pages = this.pages;
      const rendering: Promise<Page | null> = render()
        .then((page) => (page && page.body.includes(this.mark) ? page : null))
        .catch(() => null)
        .then((page) => {
          if (page && pages === this.pages) {
            pages.set(url, page);
            this.seen.set(url, "once"); // should it be forgotten, the next request renders it again
          }
          if (this.filling.get(url) === rendering) this.filling.delete(url);
          return page;
        });
      this.filling.set(url, (pending = rendering));
    }
    const page = await pending;
    return page && { page, hit: false };
  }

  /** The page's text with this response's nonce in place of the stand-in. */
  withNonce(page: Page, nonce: string): string {
    return page.body.replaceAll(this.mark, nonce);
  }
}

/**
 * Renders a page for the cache by asking this very instance for it over loopback, marked with
 * the secret, so that it goes through Next like any request but with the stand-in nonce and no
 * cookies. Null when that is not possible (no PORT: not started by `next start`) or not a page.
 */
export async function renderOnThisInstance(url: string, secret: string, port = process.env.PORT): Promise<Page | null> {
  if (!port) return null;
  const response = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { [RENDER_HEADER]: secret },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !contentType.startsWith("text/html")) {
    await response.body?.cancel();
    return null;
  }
  return { body: await response.text(), contentType };
}

const shared = globalThis as unknown as { __cataloguePageCache?: PageCache };

/** This instance's page cache; off under `next dev`, where every render may differ. */
export function pageCache(): PageCache {
  return (shared.__cataloguePageCache ??= new PageCache(process.env.NODE_ENV === "development" ? 0 : pageCacheEntries()));
}
