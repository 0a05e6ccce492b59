import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { splitSpec, zipOf } from "./archive-testing";
import { attachSpec } from "./attach";

const SPEC = fs.readFileSync(path.resolve(__dirname, "../../../shared/data/specs/dvla-vehicle-enquiry.yaml"));
let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let apiId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
  apiId = (await database.db.api.create({ data: { slug: "vehicle-enquiry", name: "Vehicle Enquiry", organisationId: people.dvla.id } })).id;
});
afterAll(() => database.drop());

describe("attaching a spec", () => {
  it("stores a checked revision with its score and audit event, and knows the same text again at once", async () => {
    const first = await attachSpec(database.db, people.dvlaPublisher, apiId, { bytes: SPEC, arrivedVia: "upload", origin: "dvla.yaml" });
    expect(first).toMatchObject({ ok: true, unchanged: false });
    const api = await database.db.api.findUniqueOrThrow({ where: { id: apiId } });
    expect(api.hasSpec).toBe(true);
    expect(api.standardsScore).toBe(first.ok ? first.score : -1);
    const again = await attachSpec(database.db, people.dvlaPublisher, apiId, { bytes: SPEC, arrivedVia: "paste" });
    expect(again).toMatchObject({ ok: true, unchanged: true });
    expect(await database.db.specRevision.count({ where: { apiId } })).toBe(1);
    expect(await database.db.auditEvent.count({ where: { entityType: "SpecRevision" } })).toBe(1);
  });

  it("makes an earlier version sent again the current one, reusing its check, and compares it with the one before", async () => {
    const { db } = database;
    const api = await db.api.create({ data: { slug: "going-back", name: "Going back", organisationId: people.dvla.id } });
    const v2 = Buffer.from(SPEC.toString("utf8").replace("version: 1.1.0", "version: 1.2.0").replace("\n  /v1/vehicles:", "\n  /v1/lorries:"));
    const attach = (bytes: Buffer) => attachSpec(db, people.dvlaPublisher, api.id, { bytes, arrivedVia: "upload" });
    const first = await attach(SPEC);
    const second = await attach(v2);
    const back = await attach(SPEC);
    expect([first, second, back].map((r) => r.ok && r.unchanged)).toEqual([false, false, false]);

    const revisions = await db.specRevision.findMany({ where: { apiId: api.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(revisions.map((r) => r.source === SPEC.toString("utf8"))).toEqual([true, false, true]);
    const [one, two, three] = revisions;
    expect(three).toMatchObject({ status: "checked", previousId: two!.id, problems: one!.problems, standards: one!.standards, bundled: one!.bundled, score: one!.score });
    // Going back to the first version puts its path back: not a breaking change.
    expect(JSON.parse(three!.changes!)).toEqual(expect.arrayContaining([expect.objectContaining({ breaking: false })]));
    expect(two!.breakingChanges).toBeGreaterThan(0);
    expect((await db.api.findUniqueOrThrow({ where: { id: api.id } })).standardsScore).toBe(one!.score);
    // …and it is now the current version: the same text again changes nothing.
    expect(await attach(SPEC)).toMatchObject({ ok: true, unchanged: true, revisionId: three!.id });
    expect(await db.specRevision.count({ where: { apiId: api.id } })).toBe(3);
  });

  it("stores a document sent twice at the same moment once", async () => {
    const { db } = database;
    const api = await db.api.create({ data: { slug: "twice-at-once", name: "Twice at once", organisationId: people.dvla.id } });
    const results = await Promise.all([1, 2].map(() => attachSpec(db, people.dvlaPublisher, api.id, { bytes: SPEC, arrivedVia: "upload" })));
    expect(results.map((r) => r.ok && r.unchanged).sort()).toEqual([false, true]);
    expect(await db.specRevision.count({ where: { apiId: api.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityType: "SpecRevision", entityId: results[0]!.ok ? results[0]!.revisionId : "" } })).toBe(1);
  });

  it.each([
    ["an empty file", Buffer.from("")],
    ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x00, 0x41])],
    ["a JSON array", Buffer.from("[1, 2]")],
    ["Swagger 1.2", Buffer.from('{"swaggerVersion": "1.2", "apis": []}')],
    ["invalid YAML", Buffer.from("openapi: 3.0.0\n  info: [unclosed")],
  ])("refuses %s with a reason and saves nothing", async (_, bytes) => {
    const before = await database.db.specRevision.count();
    const result = await attachSpec(database.db, people.dvlaPublisher, apiId, { bytes, arrivedVia: "upload" });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/^[A-Z].{9,}/);
    expect(await database.db.specRevision.count()).toBe(before);
  });

  it("refuses a publisher of another organisation", async () => {
    await expect(attachSpec(database.db, people.hmrcPublisher, apiId, { bytes: SPEC, arrivedVia: "upload" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("stores a .zip of a split real spec: the archive as it arrived, its root document, and the bundle, checked in a worker", async () => {
    const { db } = database;
    const api = await db.api.create({ data: { slug: "vat-split", name: "VAT split", organisationId: people.dvla.id } });
    const files = splitSpec(fs.readFileSync(path.resolve(__dirname, "../../../shared/data/specs/hmrc-vat-mtd.yaml"), "utf8"));
    const zip = zipOf(files);
    const result = await attachSpec(db, people.dvlaPublisher, api.id, { bytes: zip, arrivedVia: "upload", origin: "vat.zip" });
    expect(result).toMatchObject({ ok: true, unchanged: false });
    const revision = await db.specRevision.findFirstOrThrow({ where: { apiId: api.id } });
    expect(revision).toMatchObject({ status: "checked", origin: "vat.zip", archiveRoot: "openapi.yaml", source: files["openapi.yaml"], specVersion: "OpenAPI 3.0.3" });
    expect(Buffer.from(revision.archive!).equals(Buffer.from(zip))).toBe(true);
    expect(Object.keys(JSON.parse(revision.bundled!).components.schemas).length).toBeGreaterThan(20);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "SpecRevision", entityId: revision.id } });
    expect(JSON.parse(event.changes)).toMatchObject({ archiveRoot: { after: "openapi.yaml" } });
    expect(await attachSpec(db, people.dvlaPublisher, api.id, { bytes: zip, arrivedVia: "upload" })).toMatchObject({ ok: true, unchanged: true });
  });

  it("asks which document is the root when an archive has several, and stores the one chosen", async () => {
    const { db } = database;
    const api = await db.api.create({ data: { slug: "two-roots", name: "Two roots", organisationId: people.dvla.id } });
    const zip = zipOf({ "v1.yaml": SPEC.toString("utf8"), "v2.yaml": SPEC.toString("utf8").replace("version: 1.1.0", "version: 2.0.0") });
    const refused = await attachSpec(db, people.dvlaPublisher, api.id, { bytes: zip, arrivedVia: "upload" });
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/2 OpenAPI descriptions that could be the root/), candidates: ["v1.yaml", "v2.yaml"] });
    expect(await db.specRevision.count({ where: { apiId: api.id } })).toBe(0);
    expect(await attachSpec(db, people.dvlaPublisher, api.id, { bytes: zip, root: "v2.yaml", arrivedVia: "upload" })).toMatchObject({ ok: true });
    expect(await db.specRevision.findFirstOrThrow({ where: { apiId: api.id } })).toMatchObject({ archiveRoot: "v2.yaml", specVersion: "OpenAPI 3.0.0" });
  });
});
