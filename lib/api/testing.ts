import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { createClient } from "./clients";
import { tokenEndpoint } from "./token-endpoint";

export const BASE = "http://localhost:3000";

/** A request as a pipeline sends it: no Origin, no cookies, a bearer token if given. */
export function apiRequest(path: string, init: { method?: string; token?: string; body?: BodyInit; type?: string; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { host: "localhost:3000", ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.type) headers["content-type"] = init.type;
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined ? { body: init.body } : {}) });
}

/** A client of the viewer's organisation and a token for it (getDb must answer with `db`). */
export async function clientWithToken(db: Db, viewer: Viewer, organisationId: string, scopes = ["catalogue:read", "apis:write"]) {
  const created = await createClient(db, viewer, { organisationId, name: "Release pipeline", scopes });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const response = await tokenEndpoint(
    new Request(`${BASE}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", host: "localhost:3000" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: created.client.id, client_secret: created.secret }),
    }),
  );
  const body = (await response.json()) as { access_token: string };
  return { client: created.client, secret: created.secret, token: body.access_token };
}
