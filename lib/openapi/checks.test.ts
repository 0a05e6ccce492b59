import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { checkPendingRevisions } from "./checks";

const SPECS = path.resolve(__dirname, "../../../shared/data/specs");
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const organisation = await db.organisation.create({ data: { slug: "dvla", name: "DVLA" } });
  const api = await db.api.create({ data: { slug: "vehicle-enquiry", name: "Vehicle Enquiry", organisationId: organisation.id } });
  const broken = await db.api.create({ data: { slug: "broken", name: "Broken", organisationId: organisation.id } });
  await db.$transaction(async (tx) => {
    await addSpecRevision(tx, { apiId: api.id, source: fs.readFileSync(path.join(SPECS, "dvla-vehicle-enquiry.yaml"), "utf8"), contentHash: "a", arrivedVia: "seed" });
    await addSpecRevision(tx, { apiId: broken.id, source: "swaggerVersion: '1.2'\napis: []\n", contentHash: "b", arrivedVia: "seed" });
  });
});
afterAll(() => database.drop());

describe("checking stored revisions", () => {
  it("stores the version, bundle, problems, standards and score, and the API's score; refuses what is not OpenAPI", async () => {
    expect(await checkPendingRevisions(database.db)).toEqual({ checked: 1, refused: 1 });
    const api = await database.db.api.findUniqueOrThrow({ where: { slug: "vehicle-enquiry" }, include: { specRevisions: true } });
    const revision = api.specRevisions[0]!;
    expect(revision.status).toBe("checked");
    expect(revision.specVersion).toBe("OpenAPI 3.0.0");
    expect(JSON.parse(revision.bundled!).info.title).toBeTruthy();
    expect(JSON.parse(revision.standards!).rows.length).toBeGreaterThan(10);
    expect(api.standardsScore).toBe(revision.score);
    const broken = await database.db.specRevision.findFirstOrThrow({ where: { contentHash: "b" } });
    expect(broken.status).toBe("refused");
    expect(broken.error).toMatch(/Swagger 1\.2/);
    const events = await database.db.auditEvent.count({ where: { entityType: "SpecRevision", actor: "system:spec-check" } });
    expect(events).toBe(2);
  });

  it("has nothing left to do the second time", async () => {
    expect(await checkPendingRevisions(database.db)).toEqual({ checked: 0, refused: 0 });
  });
});

describe("checking a later seeded revision", () => {
  it("compares it with the API's latest checked revision; the first has nothing to compare with", async () => {
    const { db } = database;
    const first = await db.specRevision.findFirstOrThrow({ where: { contentHash: "a" } });
    expect(first).toMatchObject({ previousId: null, changes: null, breakingChanges: null });
    const changed = first.source.replace("name: X-Correlation-Id\n          required: false", "name: X-Correlation-Id\n          required: true");
    expect(changed).not.toBe(first.source);
    await db.$transaction((tx) => addSpecRevision(tx, { apiId: first.apiId, source: changed, contentHash: "c", arrivedVia: "seed" }));
    expect(await checkPendingRevisions(db)).toEqual({ checked: 1, refused: 0 });
    const second = await db.specRevision.findFirstOrThrow({ where: { contentHash: "c" } });
    expect(second.previousId).toBe(first.id);
    expect(second.breakingChanges).toBe(1);
    expect(JSON.parse(second.changes!)).toEqual([expect.objectContaining({ kind: "parameter-became-required", breaking: true, method: "post", path: "/v1/vehicles" })]);
  });
});
