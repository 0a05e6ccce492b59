const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True for a state-changing request that a page on another site made: its Origin header names
 * another host than the one it was sent to. Browsers send Origin with every cross-origin POST
 * (forms and fetch alike), so a missing Origin means the request did not come from another
 * site's page — and it carries no cookies a victim did not choose to send.
 *
 * Next checks this itself for server actions (Origin against Host / X-Forwarded-Host) and
 * next-auth checks its CSRF token on its POSTs; proxy.ts applies this to every write as well, so
 * route handlers are covered too and the rule does not hang on one framework's internals.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true; // opaque origins: sandboxed frames, data: URLs
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}
