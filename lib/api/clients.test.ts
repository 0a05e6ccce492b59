import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { ApiError } from "./errors";
import { clientFor, createClient, listClients, revokeClient, rotateClient } from "./clients";
import { hashSecret } from "./secrets";
import { authenticate, issueToken } from "./tokens";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
});
afterAll(() => database.drop());

const create = (scopes = ["catalogue:read", "apis:write"]) => createClient(database.db, people.dvlaPublisher, { organisationId: people.dvla.id, name: "Release pipeline", scopes });

describe("API clients", () => {
  it("keeps only the secret's hash, shows the secret once, and audits the creation without it", async () => {
    const created = await create();
    if (!created.ok) throw new Error("not created");
    expect(created.secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    const row = await database.db.apiClient.findUniqueOrThrow({ where: { id: created.client.id } });
    expect(row.secretHash).toBe(hashSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { entityType: "ApiClient", entityId: row.id } });
    expect(event).toMatchObject({ actor: "dvla-publisher", action: "create", audienceAfter: "internal", audienceOrganisationId: people.dvla.id });
    expect(event.changes).not.toContain(created.secret);
    expect(event.changes).not.toContain(row.secretHash);
  });

  it("refuses a missing name or scope field by field, and another organisation's publisher", async () => {
    const refused = await createClient(database.db, people.dvlaPublisher, { organisationId: people.dvla.id, name: " ", scopes: [] });
    expect(refused).toEqual({ ok: false, errors: { name: "Enter a name for the client", scopes: "Select at least one scope" } });
    await expect(createClient(database.db, people.hmrcPublisher, { organisationId: people.dvla.id, name: "Mine", scopes: ["apis:write"] })).rejects.toThrow(ForbiddenError);
    await expect(createClient(database.db, people.assessor, { organisationId: people.dvla.id, name: "Mine", scopes: ["apis:write"] })).rejects.toThrow(ForbiddenError);
  });

  it("lists and shows clients only to their organisation's publishers and admins", async () => {
    const created = await create();
    if (!created.ok) throw new Error("not created");
    expect((await listClients(database.db, people.dvlaPublisher)).map((c) => c.id)).toContain(created.client.id);
    expect(await listClients(database.db, people.hmrcPublisher)).toEqual([]);
    expect((await listClients(database.db, people.admin)).map((c) => c.id)).toContain(created.client.id);
    await expect(clientFor(database.db, people.hmrcPublisher, created.client.id)).rejects.toThrow(ForbiddenError);
  });

  it("issues tokens bound to the scopes asked for, and refuses a scope the client lacks or a wrong secret", async () => {
    const created = await create(["catalogue:read"]);
    if (!created.ok) throw new Error("not created");
    const issued = await issueToken(database.db, created.client.id, created.secret, null);
    expect(issued).toMatchObject({ expiresIn: 600, scopes: ["catalogue:read"] });
    expect(await database.db.apiToken.count({ where: { tokenHash: hashSecret(issued.accessToken) } })).toBe(1);
    expect((await authenticate(database.db, issued.accessToken)).viewer).toMatchObject({ kind: "user", user: { id: `client:${created.client.id}`, organisationIds: [people.dvla.id] } });
    await expect(issueToken(database.db, created.client.id, created.secret, "apis:write")).rejects.toMatchObject({ code: "invalid_scope" });
    await expect(issueToken(database.db, created.client.id, `${created.secret}x`, null)).rejects.toMatchObject({ code: "invalid_client" });
    await expect(issueToken(database.db, "no-such-client", created.secret, null)).rejects.toBeInstanceOf(ApiError);
  });

  it("ends tokens when they expire, when the secret is rotated and when the client is revoked", async () => {
    const created = await create();
    if (!created.ok) throw new Error("not created");
    const now = new Date();
    const early = await issueToken(database.db, created.client.id, created.secret, null, now);
    await expect(authenticate(database.db, early.accessToken, new Date(now.getTime() + 601_000))).rejects.toMatchObject({ code: "invalid_token" });
    const rotated = await rotateClient(database.db, people.dvlaPublisher, created.client.id);
    if (!rotated.ok) throw new Error("not rotated");
    await expect(authenticate(database.db, early.accessToken)).rejects.toMatchObject({ code: "invalid_token" });
    await expect(issueToken(database.db, created.client.id, created.secret, null)).rejects.toMatchObject({ code: "invalid_client" });
    const fresh = await issueToken(database.db, created.client.id, rotated.secret, null);
    await revokeClient(database.db, people.dvlaPublisher, created.client.id);
    await expect(authenticate(database.db, fresh.accessToken)).rejects.toMatchObject({ code: "invalid_token" });
    expect(await rotateClient(database.db, people.dvlaPublisher, created.client.id)).toEqual({ ok: false });
    expect(await database.db.auditEvent.count({ where: { entityType: "ApiClient", entityId: created.client.id } })).toBe(3);
  });
});
