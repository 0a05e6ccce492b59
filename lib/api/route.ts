import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { getDb, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/catalogue/publishing/common";
import { clientAddress } from "@/lib/security/client-address";
import { securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/same-origin";
import { cachedRead } from "./cache";
import { DEPRECATIONS, deprecationHeaders } from "./deprecations";
import { ApiError, notFound } from "./errors";
import { anonymousQuota, clientQuota, countRequest, quotaHeaders } from "./quota";
import type { ScopeName } from "./scopes";
import { authenticate, type Caller } from "./tokens";

/** What a handler is told: the request, its path parameters, and who is asking. */
export type ApiContext = { request: Request; url: URL; params: Record<string, string>; db: Db; viewer: Viewer; caller: Caller | null };
/** A JSON body (status 200 unless given), or a Response of the handler's own (a raw document). */
export type ApiResult = { status?: number; body: unknown; headers?: Record<string, string> } | Response;

type Operation = { operationId: string; write?: boolean };
type RouteArgs = { params: Promise<Record<string, string | string[]>> };

const hsts = () => process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const BASE_HEADERS = { "Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;

function errorOf(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof NotFoundError) return notFound(error.message.replace(/^No such /, ""));
  if (error instanceof ForbiddenError) return new ApiError(403, "forbidden", "This client may not do that for this record's organisation.");
  console.error(error);
  return new ApiError(500, "internal_error", "Something went wrong on our side. Nothing was saved; try again later.");
}

/**
 * Every /api/v1 route in one shape (proxy.ts leaves these paths to it): the same-site check
 * unless a bearer token authenticates the request (a browser's session cookie is never read
 * here, so it can never authorise anything), the token and its scope (catalogue:read to read as
 * the client's organisation, apis:write to write), the quota with its RateLimit headers, the
 * handler, deprecation headers, errors as JSON, and the audit of a client's reads.
 */
export function apiRoute(operation: Operation, handler: (context: ApiContext) => Promise<ApiResult>) {
  return async (request: Request, args?: RouteArgs): Promise<Response> => {
    const headers: Record<string, string> = { ...securityHeaders({ hsts: hsts() }), ...BASE_HEADERS, ...deprecationHeaders(DEPRECATIONS[operation.operationId]) };
    const db = getDb();
    const url = new URL(request.url);
    const bearer = bearerOf(request);
    let caller: Caller | null = null;
    let status = 500;
    try {
      if (!bearer && isCrossSiteWrite(request.method, request.headers)) throw new ApiError(403, "cross_site", "This request came from another website, so it was refused.");
      let refused: unknown = null;
      if (bearer) caller = await authenticate(db, bearer).catch((error: unknown) => ((refused = error), null));
      const quota = await countRequest(db, caller ? `api:client:${caller.clientId}` : `api:address:${clientAddress(request.headers)}`, caller ? clientQuota() : anonymousQuota());
      Object.assign(headers, quotaHeaders(quota, caller ? "client" : "anonymous"));
      if (quota.exceeded) throw new ApiError(429, "rate_limited", `Too many requests: the limit is ${quota.limit} every ${quota.windowSeconds} seconds. Try again in ${quota.resetSeconds} seconds.`);
      if (refused) throw refused;
      const scope: ScopeName = operation.write ? "apis:write" : "catalogue:read";
      if (operation.write && !caller) throw new ApiError(401, "invalid_token", "Writing needs a bearer token from /oauth/token with the apis:write scope.");
      if (caller && !caller.scopes.includes(scope)) throw new ApiError(403, "insufficient_scope", `This token does not have the ${scope} scope.`);
      const params = Object.fromEntries(Object.entries((await args?.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
      const context = { request, url, params, db, viewer: caller?.viewer ?? ANONYMOUS, caller };
      const response = !caller && request.method === "GET" ? await anonymousRead(context, quota.catalogueVersion, handler) : asResponse(await handler(context));
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      status = response.status;
      return response;
    } catch (error) {
      const refusal = errorOf(error);
      status = refusal.status;
      if (refusal.code === "invalid_token") headers["WWW-Authenticate"] = `Bearer error="invalid_token"`;
      if (refusal.code === "insufficient_scope") headers["WWW-Authenticate"] = `Bearer error="insufficient_scope"`;
      return jsonResponse(refusal.status, refusal.body(), headers);
    } finally {
      if (caller && request.method === "GET") await recordRead(db, caller.clientId, request.method, `${url.pathname}${url.search}`, status);
    }
  };
}

const asResponse = (result: ApiResult) => (result instanceof Response ? result : jsonResponse(result.status ?? 200, result.body, result.headers));

/** An anonymous read, from the cache of this catalogue version's answers when it holds one (lib/api/cache.ts). */
async function anonymousRead(context: ApiContext, version: number, handler: (context: ApiContext) => Promise<ApiResult>): Promise<Response> {
  let raw: Response | null = null;
  const answer = await cachedRead(version, context.url, async () => {
    const result = await handler(context);
    if (result instanceof Response || result.headers) {
      raw = asResponse(result);
      return null;
    }
    return { status: result.status ?? 200, body: Buffer.from(JSON.stringify(result.body), "utf8") };
  });
  return raw ?? new Response(answer!.body as Uint8Array<ArrayBuffer>, { status: answer!.status, headers: { "Content-Type": "application/json; charset=utf-8" } });
}

/** GDS point 23: who read what, and when. Writes are in the audit trail already. */
async function recordRead(db: Db, clientId: string, method: string, path: string, status: number): Promise<void> {
  await db.apiRead.create({ data: { clientId, method, path: path.slice(0, 2000), status } });
}
