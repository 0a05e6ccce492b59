import { NextResponse, type NextRequest } from "next/server";
import { authConfig, issuerOrigin } from "@/lib/auth/config";
import { csrfCookie } from "@/lib/auth/cookies";
import { csrfTokenFromCookie, newCsrfCookie } from "@/lib/auth/csrf";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { RENDER_HEADER, isCacheable, pageCache, renderOnThisInstance, type Page, type PageCache } from "@/lib/cache/pages";
import { catalogueVersion, forwardCatalogueVersion } from "@/lib/catalogue/catalogue-version";
import { getDb } from "@/lib/db";
import { oversizedWrite } from "@/lib/security/body-limit";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/same-origin";

// Runs before every request (Next 16's "proxy", formerly middleware; Node.js runtime).
// 1. Refuses writes from other sites (CSRF), whatever the path, and, in words, forms larger than
//    server actions take (lib/security/body-limit.ts).
// 2. Gives each response a CSP with a fresh nonce; Next reads the nonce from the request's CSP
//    header and puts it on its scripts. That needs dynamic rendering: the root layout reads the
//    session, which makes every page dynamic.
// 3. Makes sure page views carry next-auth's CSRF cookie, so the sign-in and sign-out forms can
//    be rendered with their token and work without JavaScript (lib/auth/csrf.ts).
// 4. Answers signed-out visitors' searches from the page cache (lib/cache/pages.ts), and renders
//    the pages it keeps with the cache's stand-in nonce and no cookies.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("This request came from another website, so it was refused.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const oversized = oversizedWrite(request.method, request.headers);
  if (oversized) return new NextResponse(oversized, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const config = authConfig();
  const cache = pageCache();
  const renderingForCache = cache.enabled && request.headers.get(RENDER_HEADER) === cache.secret;
  const nonce = renderingForCache ? cache.mark : newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    formTargets: [issuerOrigin()],
    development: process.env.NODE_ENV === "development",
    https: config.secureCookies,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  if (renderingForCache) requestHeaders.delete("cookie");

  const csrf = csrfCookie(config.secureCookies);
  let issued: string | null = null;
  // Open-data files (/data/…) are no pages with forms, and a CDN may share one: no cookie of anyone's.
  const isPageView = request.method === "GET" && !pathname.startsWith("/api/") && !pathname.startsWith("/data/") && !renderingForCache;
  if (isPageView && config.secret && !csrfTokenFromCookie(request.cookies.get(csrf.name)?.value, config.secret)) {
    issued = newCsrfCookie(config.secret).value;
    // This request's server components read it too, not only the browser's next request.
    const others = (request.headers.get("cookie") ?? "").split(/;\s*/).filter((c) => c && !c.startsWith(`${csrf.name}=`));
    requestHeaders.set("cookie", [...others, `${csrf.name}=${encodeURIComponent(issued)}`].join("; "));
  }

  const version = !renderingForCache && isCacheable({ method: request.method, pathname, headers: request.headers }, csrf.name) ? await readVersion() : undefined;
  const cached = version === undefined ? null : await cachedPage(cache, version, `${pathname}${search}`);
  forwardCatalogueVersion(requestHeaders, version);
  const response = cached
    ? new NextResponse(cache.withNonce(cached.page, nonce), {
        headers: {
          "Content-Type": cached.page.contentType,
          "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
          "X-Cache": cached.hit ? "HIT" : "MISS",
        },
      })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = process.env.NODE_ENV === "production" && config.secureCookies;
  for (const [name, value] of Object.entries(securityHeaders({ hsts }))) response.headers.set(name, value);
  if (issued) response.cookies.set(csrf.name, issued, csrf.options);
  return response;
}

/** The catalogue's version, or undefined when the database cannot be read (the render then reports that as it would). */
async function readVersion(): Promise<number | undefined> {
  try {
    return await catalogueVersion(getDb());
  } catch {
    return undefined;
  }
}

/** The page at this catalogue version, or null to render it as usual. */
async function cachedPage(cache: PageCache, version: number, url: string): Promise<{ page: Page; hit: boolean } | null> {
  try {
    return await cache.page(version, url, () => renderOnThisInstance(url, cache.secret));
  } catch {
    return null;
  }
}

export const config = {
  // Everything but build assets. Prefetches too: a matcher that skipped them by header would
  // also let a write carrying that header skip the same-site check. The spec upload is left out:
  // running the proxy means Next copies the body for it and cuts that copy, and so the upload,
  // at 10 MB; its route streams the body and makes the same-site check itself.
  //
  // The machine API (/api/v1/… and /oauth/token) is left out too: lib/api/route.ts makes the
  // same-site check (skipped only for bearer-token requests), sets its headers and limits bodies itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|publish/specs/upload$|api/v1/|oauth/token$).*)"],
};
