import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { systemLevelHistory } from "./system-levels";
import { approveNewAssessment } from "./testing";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
  const system = async (slug: string, data: Record<string, string> = {}) =>
    (ids[slug] = (await database.db.system.create({ data: { slug, name: slug, organisationId: people.hmrc.id, description: `${slug} holds data.`, ownerTeam: "Tax team", ...data } })).id);
  await system("tax-records");
  await system("retired", { lifecycle: "retired" });
  await system("draft", { status: "draft" });
});
afterAll(() => database.drop());

describe("a system's levels over time", () => {
  it("are kept for each current, published system when its organisation's assessment is approved, and follow the estate", async () => {
    const { db } = database;
    const approve = (now: Date) => approveNewAssessment(db, { publisher: people.hmrcPublisher, assessor: people.assessor }, people.hmrc.id, now);
    const first = await approve(new Date("2026-06-01T12:00:00Z"));
    expect(await systemLevelHistory(db, ids["tax-records"]!)).toEqual([{ date: "2026-06-01", levels: { documentation: 1, api: 0, oauth: 0, "open-standards": 0, data: 0 } }]);
    expect(await db.systemLevels.count({ where: { systemId: { in: [ids.retired!, ids.draft!] } } })).toBe(0);

    // An API (with no OpenAPI description yet) reaches API level 2 for the system: it has an API, and no connection needs one.
    await db.api.create({ data: { slug: "records-api", name: "Records API", organisationId: people.hmrc.id, systemId: ids["tax-records"], visibility: "internal", status: "published" } });
    const second = await approve(new Date("2026-12-01T12:00:00Z"));
    const history = await systemLevelHistory(db, ids["tax-records"]!);
    expect(history.map((p) => [p.date, p.levels.api])).toEqual([["2026-06-01", 0], ["2026-12-01", 2]]);

    const kept = await db.systemLevels.findMany({ orderBy: { recordedAt: "asc" } });
    expect(kept.map((k) => k.assessmentId)).toEqual([first.id, second.id]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "SystemLevels" } });
    expect(audit.map((e) => e.entityId).sort()).toEqual(kept.map((k) => k.id).sort());
    expect(audit.every((e) => e.audienceOrganisationId === people.hmrc.id)).toBe(true);
  });
});
