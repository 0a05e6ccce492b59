/**
 * The migration that records who could see each spec revision and audit event, on a database
 * that already has them: each is given who could see it when it was written, worked out from
 * the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../index";
import { createTestDatabase, type TestDatabase } from "../testing";
import { applyMigrations } from "./apply";
import { readMigrations } from "./files";

const engine = process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite";
const migrations = readMigrations(engine);
const index = migrations.findIndex((m) => m.name.endsWith("_record_who_could_see"));

let t: TestDatabase;
const at = (day: number) => `2025-01-${String(day).padStart(2, "0")} 10:00:00`;
const json = (value: unknown) => JSON.stringify(value).replace(/'/g, "''");

async function insert(db: Db, table: string, row: Record<string, string | number | null>) {
  const columns = Object.keys(row).map((c) => `"${c}"`).join(", ");
  const values = Object.values(row).map((v) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v}'`)).join(", ");
  await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns}) VALUES (${values})`);
}

let events = 0;
async function event(entityType: string, entityId: string, action: string, day: number, changes: Record<string, { before: unknown; after: unknown }>) {
  events++;
  await insert(t.db, "AuditEvent", { id: `e${String(events).padStart(2, "0")}`, at: at(day), actor: "someone", action, entityType, entityId, changes: json(changes) });
  return `e${String(events).padStart(2, "0")}`;
}

const created = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { before: null, after: v }]));
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase(migrations.slice(0, index));
  const db = t.db;
  await insert(db, "Organisation", { id: "o1", slug: "dvla", name: "DVLA", updatedAt: at(1) });
  const api = (id: string, status: string, visibility: string) => insert(db, "Api", { id, slug: id, organisationId: "o1", name: id, status, visibility, updatedAt: at(1) });
  const revision = (id: string, apiId: string, day: number) => insert(db, "SpecRevision", { id, apiId, source: "{}", contentHash: id, arrivedVia: "upload", status: "checked", createdAt: at(day) });

  // Internal when created and when its first version arrived; made public; a second version.
  await api("tax", "published", "public");
  ids.taxCreated = await event("Api", "tax", "create", 1, created({ name: "tax", status: "published", visibility: "internal", organisationId: "o1" }));
  await revision("tax-1", "tax", 2);
  ids.tax1Arrived = await event("SpecRevision", "tax-1", "create", 2, created({ apiId: "tax" }));
  ids.taxOpened = await event("Api", "tax", "update", 3, { visibility: { before: "internal", after: "public" }, description: { before: "secret", after: "open" } });
  await revision("tax-2", "tax", 4);

  // A draft with two versions, published: the newer is its current version, shown to everyone now.
  await api("fuel", "published", "public");
  ids.fuelCreated = await event("Api", "fuel", "create", 1, created({ name: "fuel", status: "draft", visibility: "public" }));
  await revision("fuel-1", "fuel", 2);
  await revision("fuel-2", "fuel", 3);
  ids.fuel2Arrived = await event("SpecRevision", "fuel-2", "create", 3, created({ apiId: "fuel" }));
  ids.fuelPublished = await event("Api", "fuel", "update", 4, { status: { before: "draft", after: "published" } });
  ids.fuelEdited = await event("Api", "fuel", "update", 5, { name: { before: "fuel", after: "Fuel duty" } });

  // Imported: its events never mention status or visibility, which have stayed as they are.
  await api("roads", "published", "government");
  ids.roadsCreated = await event("Api", "roads", "create", 1, created({ name: "roads" }));
  await revision("roads-1", "roads", 2);

  // Deleted: known only from its events.
  ids.goneCreated = await event("Api", "gone", "create", 1, created({ name: "gone", status: "draft", visibility: "public", organisationId: "o1" }));
  ids.goneDeleted = await event("Api", "gone", "delete", 2, { name: { before: "gone", after: null }, status: { before: "draft", after: null }, organisationId: { before: "o1", after: null } });

  await insert(db, "System", { id: "sys", slug: "sys", organisationId: "o1", name: "sys", status: "published", updatedAt: at(1) });
  ids.sysCreated = await event("System", "sys", "create", 1, created({ name: "sys", status: "draft" }));
  ids.sysPublished = await event("System", "sys", "update", 2, { status: { before: "draft", after: "published" } });
  ids.orgCreated = await event("Organisation", "o1", "create", 1, created({ name: "DVLA" }));
  ids.userChanged = await event("User", "u1", "update", 1, { role: { before: "none", after: "admin" } });

  await applyMigrations(t.url);
});
afterAll(() => t.drop());

const revisionAudience = async (id: string) => t.db.specRevision.findUniqueOrThrow({ where: { id }, select: { audience: true, audienceOrganisationId: true } });
const eventAudience = async (id: string) => {
  const e = await t.db.auditEvent.findUniqueOrThrow({ where: { id }, select: { audienceBefore: true, audienceAfter: true, audienceOrganisationId: true } });
  return [e.audienceBefore, e.audienceAfter, e.audienceOrganisationId];
};

describe(`recording who could see what (${engine})`, () => {
  it("gives each version who could see its API when it was stored, widened to everyone who sees it now if it is current", async () => {
    expect(await revisionAudience("tax-1")).toEqual({ audience: "internal", audienceOrganisationId: "o1" });
    expect(await revisionAudience("tax-2")).toEqual({ audience: "public", audienceOrganisationId: "o1" });
    expect((await revisionAudience("fuel-1")).audience).toBe("draft");
    expect((await revisionAudience("fuel-2")).audience).toBe("public");
    expect((await revisionAudience("roads-1")).audience).toBe("government");
  });

  it("gives each API event who could see the API just before and just after it", async () => {
    expect(await eventAudience(ids.taxCreated!)).toEqual([null, "internal", "o1"]);
    expect(await eventAudience(ids.taxOpened!)).toEqual(["internal", "public", "o1"]);
    expect(await eventAudience(ids.fuelCreated!)).toEqual([null, "draft", "o1"]);
    expect(await eventAudience(ids.fuelPublished!)).toEqual(["draft", "public", "o1"]);
    expect(await eventAudience(ids.fuelEdited!)).toEqual(["public", "public", "o1"]);
    expect(await eventAudience(ids.roadsCreated!)).toEqual([null, "government", "o1"]);
    expect(await eventAudience(ids.goneCreated!)).toEqual([null, "draft", "o1"]);
    expect(await eventAudience(ids.goneDeleted!)).toEqual(["draft", null, "o1"]);
  });

  it("gives a version's events who could see it when it was stored, not since", async () => {
    expect(await eventAudience(ids.tax1Arrived!)).toEqual([null, "internal", "o1"]);
    expect(await eventAudience(ids.fuel2Arrived!)).toEqual([null, "draft", "o1"]);
  });

  it("gives systems draft or public, organisations public, and accounts to admins", async () => {
    expect(await eventAudience(ids.sysCreated!)).toEqual([null, "draft", "o1"]);
    expect(await eventAudience(ids.sysPublished!)).toEqual(["draft", "public", "o1"]);
    expect(await eventAudience(ids.orgCreated!)).toEqual([null, "public", null]);
    expect(await eventAudience(ids.userChanged!)).toEqual(["admin", "admin", null]);
  });
});
