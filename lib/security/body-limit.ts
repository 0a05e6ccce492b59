import { megabytes } from "@/lib/openapi/size";

/**
 * The most a form posted through the proxy may send: every server action's form (the largest, an
 * API's details, holds well under 100 KB). next.config.js gives server actions the same limit
 * (serverActions.bodySizeLimit; a test keeps the two in step). The spec upload, which takes
 * files up to SPEC_MAX_BYTES, does not pass through the proxy: app/publish/specs/upload/route.ts.
 */
export const FORM_MAX_BYTES = 1024 * 1024;

/**
 * The plain-English refusal of a write that says it is larger than FORM_MAX_BYTES, or null. Past
 * that, Next would cut the body short or stop the server action, and the person would see only
 * "there is a problem with the service"; browsers always say how long a form they send is.
 */
export function oversizedWrite(method: string, headers: Headers): string | null {
  if (method === "GET" || method === "HEAD") return null;
  const length = Number(headers.get("content-length"));
  if (!Number.isFinite(length) || length <= FORM_MAX_BYTES) return null;
  return `What you sent is ${megabytes(length)}, more than the ${megabytes(FORM_MAX_BYTES)} a form here can take, so it was not saved. Go back and shorten the longest answer.`;
}
