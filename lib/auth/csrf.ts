import crypto from "node:crypto";

/**
 * next-auth 4's double-submit CSRF token: the cookie holds `token|sha256(token + secret)` and
 * every POST to /api/auth/* must carry `token` in its `csrfToken` field. Forms that work without
 * JavaScript (sign-in, sign-out) need the token when the page is rendered, and a server component
 * cannot set a cookie, so proxy.ts issues the cookie when a page view arrives without a valid one.
 */
const hash = (token: string, secret: string) => crypto.createHash("sha256").update(`${token}${secret}`).digest("hex");

/** The token in a cookie value, or null when the cookie was not made with this secret. */
export function csrfTokenFromCookie(value: string | undefined, secret: string | undefined): string | null {
  if (!value || !secret) return null;
  const [token, digest] = decodeURIComponent(value).split("|");
  if (!token || !digest) return null;
  const expected = hash(token, secret);
  return digest.length === expected.length && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(expected)) ? token : null;
}

/** A fresh token and the cookie value that vouches for it. */
export function newCsrfCookie(secret: string): { token: string; value: string } {
  const token = crypto.randomBytes(32).toString("hex");
  return { token, value: `${token}|${hash(token, secret)}` };
}
