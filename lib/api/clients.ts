import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise, organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { actorOf, NotFoundError } from "@/lib/catalogue/publishing/common";
import { fieldErrors, type FieldErrors } from "@/lib/catalogue/publishing/fields";
import { SCOPE_NAMES, parseScopes, type ScopeName } from "./scopes";
import { hashSecret, newSecret } from "./secrets";

export type ApiClientRow = { id: string; organisationId: string; name: string; scopes: ScopeName[]; createdAt: Date; rotatedAt: Date | null; revokedAt: Date | null };

const SELECT = { id: true, organisationId: true, name: true, scopes: true, createdAt: true, rotatedAt: true, revokedAt: true } as const;
const row = (r: { scopes: string } & Omit<ApiClientRow, "scopes">): ApiClientRow => ({ ...r, scopes: parseScopes(r.scopes) });

export const clientFormSchema = z.object({
  organisationId: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Select an organisation"),
  name: z.string().trim().min(1, "Enter a name for the client").max(100, "The name must be 100 characters or fewer"),
  scopes: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(SCOPE_NAMES as [ScopeName, ...ScopeName[]])).min(1, "Select at least one scope")),
});
export const CLIENT_FIELDS = ["organisationId", "name", "scopes"] as const;

/** What the audit keeps of a client: never its secret or the secret's hash. */
const snapshot = (c: { organisationId: string; name: string; scopes: string; revokedAt?: Date | null }) => ({
  organisationId: c.organisationId,
  name: c.name,
  scopes: c.scopes,
  ...(c.revokedAt ? { revokedAt: c.revokedAt } : {}),
});

/** The clients of the organisations this viewer manages clients for, newest first. */
export async function listClients(db: Db, viewer: Viewer): Promise<(ApiClientRow & { organisationName: string })[]> {
  const orgs = organisationsFor(viewer, "api-client.manage");
  if (orgs !== "all" && orgs.length === 0) return [];
  const rows = await db.apiClient.findMany({ where: orgs === "all" ? {} : { organisationId: { in: orgs } }, select: SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const names = new Map((await db.organisation.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.organisationId))] } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return rows.map((r) => ({ ...row(r), organisationName: names.get(r.organisationId) ?? "" }));
}

export type Created = { ok: true; client: ApiClientRow; secret: string } | { ok: false; errors: FieldErrors };

/** Creates a client for one of the viewer's organisations; its secret is returned this once and kept only as a hash. */
export async function createClient(db: Db, viewer: Viewer, input: unknown): Promise<Created> {
  const parsed = clientFormSchema.safeParse(input);
  const chosen = (input as { organisationId?: unknown } | null)?.organisationId;
  if (typeof chosen === "string" && chosen) authorise(viewer, "api-client.manage", { organisationId: chosen.trim() });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { organisationId, name, scopes } = parsed.data;
  authorise(viewer, "api-client.manage", { organisationId });
  const actor = actorOf(viewer);
  if (!(await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) return { ok: false, errors: { organisationId: "Select an organisation" } };
  const secret = newSecret("cs");
  const client = await db.$transaction(async (tx) => {
    const created = await tx.apiClient.create({ data: { organisationId, name, scopes: parseScopes(scopes.join(" ")).join(" "), secretHash: hashSecret(secret), createdBy: actor }, select: SELECT });
    await recordAudit(tx, { actor, action: "create", entityType: "ApiClient", entityId: created.id, after: snapshot(created) });
    return created;
  });
  return { ok: true, client: row(client), secret };
}

async function manageable(db: Db, viewer: Viewer, id: string) {
  const client = await db.apiClient.findUnique({ where: { id }, select: SELECT });
  if (!client) throw new NotFoundError("API client");
  authorise(viewer, "api-client.manage", { organisationId: client.organisationId });
  return client;
}

/** A new secret for a client that is not revoked; the old secret and every token issued with it stop working at once. */
export async function rotateClient(db: Db, viewer: Viewer, id: string, now = new Date()): Promise<{ ok: true; client: ApiClientRow; secret: string } | { ok: false }> {
  const client = await manageable(db, viewer, id);
  if (client.revokedAt) return { ok: false };
  const actor = actorOf(viewer);
  const secret = newSecret("cs");
  const updated = await db.$transaction(async (tx) => {
    const after = await tx.apiClient.update({ where: { id }, data: { secretHash: hashSecret(secret), rotatedAt: now }, select: SELECT });
    await tx.apiToken.deleteMany({ where: { clientId: id } });
    await recordAudit(tx, { actor, action: "update", entityType: "ApiClient", entityId: id, before: { ...snapshot(client), rotatedAt: client.rotatedAt }, after: { ...snapshot(after), rotatedAt: now } });
    return after;
  });
  return { ok: true, client: row(updated), secret };
}

/** Revokes a client for good: its tokens stop working at once (each request checks the client). */
export async function revokeClient(db: Db, viewer: Viewer, id: string, now = new Date()): Promise<ApiClientRow> {
  const client = await manageable(db, viewer, id);
  if (client.revokedAt) return row(client);
  const actor = actorOf(viewer);
  return db.$transaction(async (tx) => {
    const after = await tx.apiClient.update({ where: { id }, data: { revokedAt: now }, select: SELECT });
    await tx.apiToken.deleteMany({ where: { clientId: id } });
    await recordAudit(tx, { actor, action: "retire", entityType: "ApiClient", entityId: id, before: snapshot(client), after: snapshot(after) });
    return row(after);
  });
}

/** One client, for its page: only for those who manage its organisation's clients. */
export async function clientFor(db: Db, viewer: Viewer, id: string): Promise<ApiClientRow> {
  return row(await manageable(db, viewer, id));
}

/** The organisations this viewer may create clients for, by name. */
export async function clientOrganisations(db: Db, viewer: Viewer) {
  const orgs = organisationsFor(viewer, "api-client.manage");
  if (orgs !== "all" && orgs.length === 0) return [];
  return db.organisation.findMany({ where: orgs === "all" ? {} : { id: { in: orgs } }, select: { id: true, name: true, acronym: true }, orderBy: { name: "asc" } });
}

/** A client's latest logged requests (its reads and token requests; its writes are in the audit trail), newest first. */
export async function recentRequests(db: Db, viewer: Viewer, id: string, take = 20) {
  await manageable(db, viewer, id);
  return db.apiRead.findMany({ where: { clientId: id }, orderBy: [{ at: "desc" }, { id: "desc" }], take, select: { id: true, at: true, method: true, path: true, status: true } });
}
