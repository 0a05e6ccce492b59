import { getDb } from "@/lib/db";
import { clientAddress } from "@/lib/security/client-address";
import { securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/same-origin";
import { mediaType, readBody } from "./body";
import { ApiError } from "./errors";
import { anonymousQuota, countRequest, quotaHeaders } from "./quota";
import { jsonResponse } from "./route";
import { issueToken } from "./tokens";

/** Client id and secret from HTTP Basic (RFC 6749 2.3.1's preference) or the form body. */
function credentials(request: Request, form: URLSearchParams): { id: string; secret: string } {
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (basic) {
    const [id, ...rest] = Buffer.from(basic, "base64").toString("utf8").split(":");
    return { id: decodeURIComponent(id ?? ""), secret: decodeURIComponent(rest.join(":")) };
  }
  return { id: form.get("client_id") ?? "", secret: form.get("client_secret") ?? "" };
}

/**
 * POST /oauth/token: the OAuth 2.0 client credentials grant (RFC 6749 4.4). Errors use the RFC's
 * own shape, { error, error_description }, which OAuth libraries read. Counted against the
 * caller's address like any anonymous request, so guessing secrets is slow; every token issued is
 * logged with the client's reads.
 */
export async function tokenEndpoint(request: Request): Promise<Response> {
  const headers: Record<string, string> = { ...securityHeaders({ hsts: false }), "Cache-Control": "no-store", Pragma: "no-cache" };
  const db = getDb();
  try {
    if (isCrossSiteWrite(request.method, request.headers)) throw new ApiError(403, "cross_site", "This request came from another website, so it was refused.");
    const quota = await countRequest(db, `api:address:${clientAddress(request.headers)}`, anonymousQuota());
    Object.assign(headers, quotaHeaders(quota, "anonymous"));
    if (quota.exceeded) throw new ApiError(429, "rate_limited", `Too many requests: try again in ${quota.resetSeconds} seconds.`);
    if (mediaType(request) !== "application/x-www-form-urlencoded") throw new ApiError(400, "invalid_request", "Send the request as application/x-www-form-urlencoded, as OAuth 2.0 asks.");
    const form = new URLSearchParams(new TextDecoder().decode(await readBody(request, 8 * 1024)));
    if (form.get("grant_type") !== "client_credentials") throw new ApiError(400, "unsupported_grant_type", "Only grant_type=client_credentials is offered.");
    const { id, secret } = credentials(request, form);
    if (!id || !secret) throw new ApiError(401, "invalid_client", "Give the client id and secret, by HTTP Basic or as client_id and client_secret.");
    const issued = await issueToken(db, id, secret, form.get("scope"));
    await db.apiRead.create({ data: { clientId: issued.clientId, method: "POST", path: "/oauth/token", status: 200 } });
    return jsonResponse(200, { access_token: issued.accessToken, token_type: "Bearer", expires_in: issued.expiresIn, scope: issued.scopes.join(" ") }, headers);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "invalid_client") headers["WWW-Authenticate"] = 'Basic realm="api-catalogue"';
    return jsonResponse(error.status, { error: error.code, error_description: error.message }, headers);
  }
}
