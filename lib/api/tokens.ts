import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { ApiError } from "./errors";
import { parseScopes, type ScopeName } from "./scopes";
import { hashSecret, newSecret, secretMatches } from "./secrets";

/** How long a bearer token lasts: API_TOKEN_SECONDS, 600 (ten minutes) by default. */
export function tokenLifetimeSeconds(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.API_TOKEN_SECONDS);
  return Number.isInteger(n) && n > 0 && n <= 3600 ? n : 600;
}

export type Issued = { accessToken: string; expiresIn: number; scopes: ScopeName[]; clientId: string };

const invalidClient = () => new ApiError(401, "invalid_client", "The client id or secret is wrong, or the client has been revoked.");

/**
 * OAuth 2.0 client credentials: a token for a live client whose secret matches, bound to the
 * scopes asked for (all the client's when none are named). Asking for a scope the client lacks
 * is refused rather than quietly narrowed, so a pipeline learns of it at once.
 */
export async function issueToken(db: Db, clientId: string, secret: string, requested: string | null, now = new Date()): Promise<Issued> {
  const client = /^[A-Za-z0-9_-]{1,64}$/.test(clientId) ? await db.apiClient.findUnique({ where: { id: clientId }, select: { id: true, scopes: true, secretHash: true, revokedAt: true } }) : null;
  // Hash and compare even for an unknown client, so its answer takes as long as a wrong secret's.
  const matches = secretMatches(secret, client?.secretHash ?? "0".repeat(64));
  if (!client || client.revokedAt || !matches) throw invalidClient();
  const allowed = parseScopes(client.scopes);
  let scopes = allowed;
  if (requested !== null && requested.trim()) {
    const asked = requested.trim().split(/\s+/);
    const unknown = asked.filter((s) => !(allowed as string[]).includes(s));
    if (unknown.length) throw new ApiError(400, "invalid_scope", `This client may not have the scope ${unknown.map((s) => `‘${s.slice(0, 40)}’`).join(", ")}.`);
    scopes = parseScopes(asked.join(" "));
  }
  const accessToken = newSecret("cat");
  const expiresIn = tokenLifetimeSeconds();
  await db.$transaction([
    db.apiToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.apiToken.create({ data: { tokenHash: hashSecret(accessToken), clientId: client.id, scopes: scopes.join(" "), secretHash: client.secretHash, expiresAt: new Date(now.getTime() + expiresIn * 1000) } }),
  ]);
  return { accessToken, expiresIn, scopes, clientId: client.id };
}

/** The caller behind a bearer token: its client, the scopes the token carries, and whom it reads and writes as. */
export type Caller = { clientId: string; organisationId: string; scopes: ScopeName[]; viewer: Viewer };

/**
 * The caller of a request with `Authorization: Bearer …`, checked against the database every
 * time: an expired token, one of a revoked client, or one issued before the client's secret was
 * rotated is refused at once. The client reads and writes as a publisher of its organisation
 * would; its scopes narrow that further (lib/api/route.ts).
 */
export async function authenticate(db: Db, token: string, now = new Date()): Promise<Caller> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { scopes: true, secretHash: true, expiresAt: true, client: { select: { id: true, name: true, organisationId: true, secretHash: true, revokedAt: true } } },
  });
  if (!row || row.expiresAt <= now || row.client.revokedAt || row.client.secretHash !== row.secretHash) {
    throw new ApiError(401, "invalid_token", "The access token is not valid: it has expired, or its client was revoked or given a new secret. Ask /oauth/token for a new one.");
  }
  const { client } = row;
  return {
    clientId: client.id,
    organisationId: client.organisationId,
    scopes: parseScopes(row.scopes),
    viewer: { kind: "user", user: { id: `client:${client.id}`, name: client.name, email: null, role: "none", organisationIds: [client.organisationId] } },
  };
}
