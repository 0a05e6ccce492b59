import type { NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/policy";
import { getViewer, signInPath } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/catalogue/publishing/common";
import { maxBytes } from "@/lib/openapi/decode";
import { PhaseClock } from "@/lib/openapi/phases";
import { submitSpecForm } from "@/lib/openapi/submit";
import { readSpecForm, UnreadableFormError } from "@/lib/openapi/upload";
import { securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/same-origin";

// The headers proxy.ts gives every other response.
const headers = () => securityHeaders({ hsts: process.env.NODE_ENV === "production" && authConfig().secureCookies });
const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers() } });
// Server-Timing: where the upload's time went (lib/openapi/phases.ts), for the browser's developer tools and bench/ingest.
const seeOther = (location: string, clock: PhaseClock) => new Response(null, { status: 303, headers: { Location: location, "Server-Timing": clock.serverTiming(), ...headers() } });

/**
 * "Add an OpenAPI description" (components/openapi/AttachSpecForm.tsx) posts here, not to a
 * server action: a file of any size must come back as the form with a clear message and the
 * publisher's other answers, and a server action's body is cut off by the framework's limits
 * first. proxy.ts leaves this one path alone so the body streams straight in (its cloned copy
 * for the proxy would be cut at 10 MB); its same-site check is made here instead. Answers with
 * a redirect (303): the API's page, or the form again with the publisher's attempt.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSiteWrite(request.method, request.headers)) return text(403, "This request came from another website, so it was refused.");
  const clock = new PhaseClock();
  clock.enter("auth");
  const viewer = await getViewer();
  if (viewer.kind !== "user") return seeOther(signInPath("/publish"), clock);
  try {
    clock.enter("read");
    const form = await readSpecForm(request.body, request.headers.get("content-type"), maxBytes());
    clock.enter("auth");
    const { location } = await submitSpecForm(getDb(), viewer, form, undefined, clock);
    clock.enter(undefined);
    return seeOther(location, clock);
  } catch (error) {
    if (error instanceof UnreadableFormError) return text(400, "The form could not be read. Go back and try again.");
    if (error instanceof ForbiddenError) return text(403, "You cannot add an OpenAPI description to this API.");
    if (error instanceof NotFoundError) return text(404, "Page not found");
    throw error;
  }
}
