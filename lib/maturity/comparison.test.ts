import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { levelHistory } from "./assessment-queries";
import { comparison, comparisonCsv, comparisonQuery, levelDistribution } from "./comparison";
import { evaluate, type Facts } from "./levels";

let database: TestDatabase;
const NOW = new Date("2026-12-05T12:00:00Z");

/** A published snapshot where only the documentation dimension reaches level 1 (one described system). */
function snapshot(described: boolean) {
  const facts = { "system-described": [{ name: "A", state: described ? "yes" : "no" }] } as unknown as Facts;
  return JSON.stringify({ grid: evaluate("organisation", facts, {}, NOW), facts });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const organisation = (slug: string, name: string, acronym: string | null) => db.organisation.create({ data: { slug, name, acronym } });
  const hmrc = await organisation("hmrc", "HM Revenue & Customs", "HMRC");
  const dvla = await organisation("dvla", "Driver and Vehicle Licensing Agency", "DVLA");
  await organisation("ons", "Office for National Statistics", "ONS");
  await db.assessment.create({ data: { organisationId: hmrc.id, createdBy: "p", status: "approved", approvedAt: NOW, snapshot: snapshot(true) } });
  await db.assessment.create({ data: { organisationId: dvla.id, createdBy: "p", status: "approved", approvedAt: NOW, snapshot: snapshot(false) } });
  // A superseded one is history, not the current level.
  await db.assessment.create({ data: { organisationId: dvla.id, createdBy: "p", status: "superseded", approvedAt: new Date("2026-06-01T12:00:00Z"), snapshot: snapshot(true) } });
});
afterAll(() => database.drop());

describe("the comparison across government", () => {
  it("sorts by a dimension's level either way, with organisations not assessed last, and by name", async () => {
    const names = async (params: Record<string, string>) => (await comparison(database.db, comparisonQuery(params))).map((r) => r.name);
    expect(await names({})).toEqual(["Driver and Vehicle Licensing Agency", "HM Revenue & Customs", "Office for National Statistics"]);
    expect(await names({ order: "desc" })).toEqual(["Office for National Statistics", "HM Revenue & Customs", "Driver and Vehicle Licensing Agency"]);
    expect(await names({ sort: "documentation", order: "desc" })).toEqual(["HM Revenue & Customs", "Driver and Vehicle Licensing Agency", "Office for National Statistics"]);
    expect(await names({ sort: "documentation" })).toEqual(["Driver and Vehicle Licensing Agency", "HM Revenue & Customs", "Office for National Statistics"]);
    expect(await names({ sort: "no-such-column" })).toEqual(await names({}));
  });

  it("filters by name or acronym, and exports what it shows as CSV", async () => {
    const rows = await comparison(database.db, comparisonQuery({ q: "hmrc" }));
    expect(rows).toEqual([{ name: "HM Revenue & Customs", slug: "hmrc", approvedAt: "2026-12-05", levels: { documentation: 1, api: 0, oauth: 0, "open-standards": 0, data: 0 } }]);
    const all = await comparison(database.db, comparisonQuery({}));
    expect(comparisonCsv(all).split("\n")).toEqual([
      "Organisation,Published,Documenting existing systems,API,OAuth,Open standards,Data",
      "Driver and Vehicle Licensing Agency,2026-12-05,0,0,0,0,0",
      "HM Revenue & Customs,2026-12-05,1,0,0,0,0",
      "Office for National Statistics,,,,,,",
      "",
    ]);
  });
});

describe("the distribution of levels across government", () => {
  it("counts assessed organisations at each level of each dimension, leaving out those not assessed", async () => {
    const distribution = levelDistribution(await comparison(database.db, comparisonQuery({})));
    expect(distribution.find((d) => d.key === "documentation")!.counts).toEqual([1, 1, 0, 0]);
    expect(distribution.find((d) => d.key === "api")!.counts).toEqual([2, 0, 0, 0]);
  });
});

describe("an organisation's level history", () => {
  it("lists every published assessment's levels, superseded ones included, oldest first", async () => {
    const dvla = await database.db.organisation.findUniqueOrThrow({ where: { slug: "dvla" } });
    expect(await levelHistory(database.db, dvla.id)).toEqual([
      { date: "2026-06-01", levels: { documentation: 1, api: 0, oauth: 0, "open-standards": 0, data: 0 } },
      { date: "2026-12-05", levels: { documentation: 0, api: 0, oauth: 0, "open-standards": 0, data: 0 } },
    ]);
  });
});
