import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS, userViewer, type AccountRole, type Viewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { recordAudit } from "./record";
import { apiHistory, auditActors, auditLog, historyOf, systemHistory } from "./queries";

let t: TestDatabase;
const ids = { dvla: "", hmrc: "", publicApi: "", internalApi: "", draftApi: "", system: "", draftSystem: "", alice: "", admin: "" };

const viewer = (role: AccountRole, organisationIds: string[] = [], id = "viewer"): Viewer => userViewer({ id, name: null, email: null, role, organisationIds });
const hmrcPublisher = () => viewer("none", [ids.hmrc]);
const dvlaPublisher = () => viewer("none", [ids.dvla]);
const admin = () => viewer("admin", [], ids.admin);

async function event(at: string, input: Parameters<typeof recordAudit>[1]) {
  await t.db.$transaction((tx) => recordAudit(tx, input));
  // recordAudit stamps "now"; tests need known times to filter by date.
  const latest = await t.db.auditEvent.findFirst({ orderBy: [{ at: "desc" }, { id: "desc" }] });
  await t.db.auditEvent.update({ where: { id: latest!.id }, data: { at: new Date(at) } });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  ids.dvla = (await db.organisation.create({ data: { slug: "dvla", name: "DVLA" } })).id;
  ids.hmrc = (await db.organisation.create({ data: { slug: "hmrc", name: "HMRC" } })).id;
  ids.alice = (await db.user.create({ data: { issuer: "i", subject: "alice", name: "Alice Example", email: "alice@example.gov.uk" } })).id;
  ids.admin = (await db.user.create({ data: { issuer: "i", subject: "admin", email: "admin@example.gov.uk", role: "admin" } })).id;
  ids.system = (await db.system.create({ data: { slug: "vehicles", name: "Vehicle register", organisationId: ids.dvla } })).id;
  ids.draftSystem = (await db.system.create({ data: { slug: "secret", name: "Secret system", organisationId: ids.hmrc, status: "draft" } })).id;
  ids.publicApi = (await db.api.create({ data: { slug: "vehicle-enquiry", name: "Vehicle Enquiry", organisationId: ids.dvla, systemId: ids.system } })).id;
  ids.internalApi = (await db.api.create({ data: { slug: "tax-internal", name: "Tax internal", organisationId: ids.hmrc, visibility: "internal" } })).id;
  ids.draftApi = (await db.api.create({ data: { slug: "tax-draft", name: "Tax draft", organisationId: ids.hmrc, status: "draft" } })).id;
  const revision = await db.specRevision.create({ data: { apiId: ids.publicApi, source: "{}", contentHash: "abc", arrivedVia: "upload", audience: "public", audienceOrganisationId: ids.dvla } });

  await event("2025-01-01T09:00:00.123Z", { actor: "system:import", action: "create", entityType: "Api", entityId: ids.publicApi, after: { name: "Vehicle Enquiry", lifecycle: "live", organisationId: ids.dvla } });
  await event("2025-02-01T10:00:00Z", { actor: ids.alice, action: "update", entityType: "Api", entityId: ids.publicApi, before: { name: "Vehicle Enquiry", description: "", url: "https://a" }, after: { name: "Vehicle Enquiry API", description: "Find a vehicle", url: "https://b" } });
  await event("2025-02-02T10:00:00Z", { actor: ids.alice, action: "create", entityType: "SpecRevision", entityId: revision.id, after: { apiId: ids.publicApi, arrivedVia: "upload" } });
  await event("2025-03-01T10:00:00Z", { actor: ids.alice, action: "update", entityType: "Api", entityId: ids.publicApi, before: { lifecycle: "live", version: 2 }, after: { lifecycle: "retired", version: 3 } });
  await event("2025-03-02T10:00:00Z", { actor: ids.alice, action: "create", entityType: "Api", entityId: ids.internalApi, after: { name: "Tax internal", systemId: ids.draftSystem } });
  await event("2025-03-03T10:00:00Z", { actor: ids.alice, action: "create", entityType: "Api", entityId: ids.draftApi, after: { name: "Tax draft", status: "draft" } });
  await event("2025-03-04T10:00:00Z", { actor: ids.alice, action: "update", entityType: "Api", entityId: ids.draftApi, before: { status: "draft" }, after: { status: "published" } });
  await event("2025-03-05T10:00:00Z", { actor: "gone-user", action: "create", entityType: "System", entityId: ids.draftSystem, after: { name: "Secret system" } });
  await event("2025-04-01T10:00:00Z", { actor: ids.admin, action: "create", entityType: "Membership", entityId: `${ids.alice}:${ids.dvla}`, after: { userId: ids.alice, person: "Alice Example", organisationId: ids.dvla, organisation: "DVLA", role: "publisher" } });
});
afterAll(async () => {
  await t.drop();
});

describe("the history of an API or system", () => {
  it("lists what happened to a public API, newest first, in plain English, for anyone", async () => {
    const history = (await historyOf(t.db, ANONYMOUS, "Api", ids.publicApi))?.entries;
    expect(history?.map((e) => [e.at, e.actor.name, e.summary])).toEqual([
      ["2025-03-01T10:00:00Z", "Alice Example", "Retired"],
      ["2025-02-02T10:00:00Z", "Alice Example", "OpenAPI description added"],
      ["2025-02-01T10:00:00Z", "Alice Example", "Updated: name, description, base URL"],
      ["2025-01-01T09:00:00Z", "Import from api.gov.uk", "Created"],
    ]);
    const created = history!.at(-1)!;
    expect(created.changes).toEqual([
      { field: "name", label: "Name", before: null, after: "Vehicle Enquiry" },
      { field: "lifecycle", label: "Lifecycle", before: null, after: "Live" },
      { field: "organisationId", label: "Organisation", before: null, after: "DVLA" },
    ]);
    // Bookkeeping fields are not shown.
    expect(history![0]!.changes.map((c) => c.field)).toEqual(["lifecycle"]);
  });

  it("shows a hidden record's history to nobody who cannot see the record", async () => {
    expect(await historyOf(t.db, ANONYMOUS, "Api", ids.internalApi)).toBeNull();
    expect(await historyOf(t.db, dvlaPublisher(), "Api", ids.internalApi)).toBeNull();
    expect(await historyOf(t.db, viewer("assessor"), "Api", ids.draftApi)).toBeNull();
    expect(await historyOf(t.db, ANONYMOUS, "System", ids.draftSystem)).toBeNull();
    expect(await historyOf(t.db, ANONYMOUS, "Api", "no-such-id")).toBeNull();
    expect(await apiHistory(t.db, ANONYMOUS, "tax-internal")).toBeNull();
    expect(await systemHistory(t.db, dvlaPublisher(), "secret")).toBeNull();
  });

  it("shows it to those who may see the record", async () => {
    const internal = (await historyOf(t.db, viewer("assessor"), "Api", ids.internalApi))?.entries;
    // An assessor sees the internal API but not the draft system it names.
    expect(internal?.[0]?.changes.find((c) => c.field === "systemId")?.after).toBe("A record that is not shown");
    const own = (await historyOf(t.db, hmrcPublisher(), "Api", ids.internalApi))?.entries;
    expect(own?.[0]?.changes.find((c) => c.field === "systemId")?.after).toBe("Secret system");
    expect((await historyOf(t.db, hmrcPublisher(), "Api", ids.draftApi))?.entries.map((e) => e.summary)).toEqual(["Published", "Created"]);
    const system = await systemHistory(t.db, hmrcPublisher(), "secret");
    expect(system?.record.name).toBe("Secret system");
    expect(system?.history.map((e) => e.actor.name)).toEqual(["A removed account"]);
    expect((await apiHistory(t.db, ANONYMOUS, "vehicle-enquiry"))?.history).toHaveLength(4);
  });
});

describe("the global audit log", () => {
  it("is for admins only", async () => {
    for (const who of [ANONYMOUS, hmrcPublisher(), viewer("assessor")]) {
      await expect(auditLog(t.db, who, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(auditActors(t.db, who)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("lists every event, newest first, naming what each is about", async () => {
    const log = await auditLog(t.db, admin(), { page: 1 });
    expect(log.total).toBe(9);
    expect(log.entries[0]).toMatchObject({ summary: "Added to organisation", entity: { name: "Alice Example in DVLA", href: `/admin/users/${ids.alice}` } });
    expect(log.entries[0]!.changes.map((c) => c.label)).toEqual(["Person", "Organisation", "Role"]);
    expect(log.entries.find((e) => e.entityId === ids.publicApi)?.entity).toEqual({ name: "Vehicle Enquiry", href: "/apis/vehicle-enquiry/history" });
    expect(log.entries.find((e) => e.entityType === "SpecRevision")?.entity.name).toBe("OpenAPI description of Vehicle Enquiry");
  });

  it("filters by type, action, who and dates (whole UTC days, both ends included)", async () => {
    const count = async (filters: Parameters<typeof auditLog>[2]) => (await auditLog(t.db, admin(), filters)).total;
    expect(await count({ entityType: "Api", page: 1 })).toBe(6);
    expect(await count({ entityType: "Api", action: "update", page: 1 })).toBe(3);
    expect(await count({ actor: "system:import", page: 1 })).toBe(1);
    expect(await count({ from: "2025-03-01", to: "2025-03-03", page: 1 })).toBe(3);
    expect(await count({ from: "2025-04-01", page: 1 })).toBe(1);
    expect(await count({ to: "2025-01-01", page: 1 })).toBe(1);
    await expect(auditLog(t.db, admin(), { from: "2025-13-45", page: 1 })).rejects.toThrow();
  });

  it("pages through events and names everyone who has acted", async () => {
    const log = await auditLog(t.db, admin(), { page: 99 });
    expect(log).toMatchObject({ page: 1, pageCount: 1 });
    const actors = await auditActors(t.db, admin());
    expect(actors.map((a) => a.name)).toEqual(["A removed account", "admin@example.gov.uk", "Alice Example", "Import from api.gov.uk"]);
  });
});
