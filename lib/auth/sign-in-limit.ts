import type { Db } from "@/lib/db";
import { clientAddress } from "@/lib/security/client-address";
import { hitRateLimit, isSignInAttempt, signInRule } from "./rate-limit";

/** A page of its own (not the React layout): this answers a form POST to /api/auth/… directly. */
function tooManyAttempts(retryAfterSeconds: number): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many attempts to sign in – API Catalogue</title></head>
<body style="font-family:Arial,sans-serif;color:#0b0c0c;max-width:640px;margin:40px auto;padding:0 15px;font-size:19px;line-height:1.3">
<main><h1>Too many attempts to sign in</h1>
<p>There have been too many attempts to sign in from your network. This protects people's accounts.</p>
<p>Wait ${wait}, then <a href="/sign-in">try signing in again</a>.</p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}

/**
 * Counts a sign-in attempt against the client's address and answers 429 when it is over the limit
 * (see signInRule); null lets the request through. `action` is next-auth's: signin, callback, ….
 */
export async function limitSignIn(db: Db, request: Request, action: string | undefined, now = new Date()): Promise<Response | null> {
  if (!isSignInAttempt(request.method, action)) return null;
  const result = await hitRateLimit(db, `sign-in:${clientAddress(request.headers)}`, signInRule(), now);
  return result.allowed ? null : tooManyAttempts(result.retryAfterSeconds);
}
