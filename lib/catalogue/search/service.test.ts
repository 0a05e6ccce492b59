import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { addSpecRevision } from "../spec-revisions";
import { ANONYMOUS } from "../visibility";
import { MARK_END, MARK_START } from "./highlight";
import { reindexAll, reindexApis } from "./indexer";
import { parseSearchParams } from "./params";
import { searchApis } from "./service";

let database: TestDatabase;
const search = (raw: Record<string, string | string[]>) => searchApis(database.db, ANONYMOUS, parseSearchParams(raw));

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const dvla = await db.organisation.create({ data: { slug: "driver-and-vehicle-licensing-agency", name: "Driver and Vehicle Licensing Agency", acronym: "DVLA" } });
  const hmrc = await db.organisation.create({ data: { slug: "hm-revenue-customs", name: "HM Revenue & Customs", acronym: "HMRC" } });
  const apis = [
    { slug: "vehicle-enquiry", name: "DVLA Vehicle Enquiry Service", description: "Get vehicle details such as tax and MOT status.", organisationId: dvla.id, authType: "api-key" },
    { slug: "driver-view", name: "Driver View", description: "Check driving licence information.", organisationId: dvla.id, lifecycle: "beta" },
    { slug: "vat", name: "VAT (MTD)", description: "Submit VAT returns. Vehicles are not involved.", organisationId: hmrc.id, authType: "oauth2" },
    { slug: "secret", name: "Vehicle secrets", description: "An internal vehicle API.", organisationId: hmrc.id, visibility: "internal" },
    { slug: "gov-only", name: "Vehicle government register", description: "For government only.", organisationId: hmrc.id, visibility: "government" },
  ];
  for (const api of apis) await db.api.create({ data: api });
  const vat = await db.api.findUniqueOrThrow({ where: { slug: "vat" } });
  await db.$transaction(async (tx) => {
    await addSpecRevision(tx, { apiId: vat.id, source: "{}", contentHash: "x", arrivedVia: "seed" });
    await reindexAll(tx);
  });
});
afterAll(() => database.drop());

describe("searching the catalogue", () => {
  it("finds by a word in the name, ranks name matches first, and marks the matched words", async () => {
    const result = await search({ q: "vehicle" });
    // Driver View matches through its organisation's name, VAT through its description.
    expect(result.hits[0]?.slug).toBe("vehicle-enquiry");
    expect(result.hits.map((h) => h.slug).sort()).toEqual(["driver-view", "vat", "vehicle-enquiry"]);
    expect(result.hits[0]?.nameHighlighted).toContain(`${MARK_START}Vehicle${MARK_END}`);
    expect(result.total).toBe(3);
  });

  it("matches stemmed words, a prefix of the last word, organisation names and acronyms", async () => {
    expect((await search({ q: "vehicles" })).hits.map((h) => h.slug)).toContain("vehicle-enquiry");
    expect((await search({ q: "enqu" })).hits.map((h) => h.slug)).toEqual(["vehicle-enquiry"]);
    expect((await search({ q: "HMRC" })).hits.map((h) => h.slug)).toEqual(["vat"]);
    expect((await search({ q: "licensing agency" })).total).toBe(2);
  });

  it("marks a half-typed last word in each result", async () => {
    const result = await search({ q: "veh" });
    const bySlug = new Map(result.hits.map((h) => [h.slug, h]));
    expect([...bySlug.keys()].sort()).toEqual(["driver-view", "vat", "vehicle-enquiry"]);
    expect(bySlug.get("vehicle-enquiry")?.nameHighlighted).toBe(`DVLA ${MARK_START}Vehicle${MARK_END} Enquiry Service`);
    expect(bySlug.get("vat")?.descriptionHighlighted).toContain(`${MARK_START}Vehicles${MARK_END}`);
  });

  it.runIf(!process.env.TEST_DATABASE_URL)("keeps prefix indexes in SQLite's full-text index, so a half-typed word is looked up rather than every word it could start merged", async () => {
    const [table] = await database.db.$queryRaw<{ sql: string }[]>`SELECT "sql" FROM "sqlite_master" WHERE "name" = 'api_search'`;
    expect(table?.sql).toContain("prefix = '2 3 4 5 6'");
  });

  it("never shows or counts APIs the viewer may not see", async () => {
    const result = await search({ q: "vehicle" });
    expect(result.hits.map((h) => h.slug)).not.toContain("secret");
    expect(result.facets.visibility).toEqual([{ value: "public", count: 3 }]);
    const all = await search({});
    expect(all.total).toBe(3);
    expect(all.facets.organisation.reduce((n, f) => n + f.count, 0)).toBe(3);
  });

  it("filters, and counts each filter's values with the other filters applied", async () => {
    const result = await search({ organisation: "driver-and-vehicle-licensing-agency" });
    expect(result.total).toBe(2);
    expect(result.hits).toHaveLength(2);
    // The organisation facet ignores its own filter, so other organisations stay choosable.
    expect(result.facets.organisation.map((f) => [f.value, f.count])).toEqual([
      ["driver-and-vehicle-licensing-agency", 2],
      ["hm-revenue-customs", 1],
    ]);
    expect(result.facets.lifecycle).toEqual([{ value: "beta", count: 1 }, { value: "live", count: 1 }]);
    expect((await search({ spec: "yes" })).hits.map((h) => h.slug)).toEqual(["vat"]);
    expect((await search({ auth: "oauth2", lifecycle: "live" })).hits.map((h) => h.slug)).toEqual(["vat"]);
    // The standards score facet: VAT's spec scored 62 ("50 to 79"); the others have none.
    await database.db.api.update({ where: { slug: "vat" }, data: { standardsScore: 62 } });
    const scored = await search({ score: "medium" });
    expect(scored.hits.map((h) => h.slug)).toEqual(["vat"]);
    expect(scored.facets.score).toEqual([{ value: "unchecked", count: 2 }, { value: "medium", count: 1 }]);
  });

  it("sorts by name by default and pages through results", async () => {
    const result = await search({ sort: "name" });
    expect(result.hits.map((h) => h.name)).toEqual(["DVLA Vehicle Enquiry Service", "Driver View", "VAT (MTD)"]);
    expect((await search({ page: "2" })).hits).toEqual([]);
  });

  it.each(['"', "*", "NEAR", "-", "(", "vehicle)", 'NEAR("a" "b")', "a OR", "^x", "':*", "\\", "🚗", "AND AND", "col:vehicle", "%", "_"])(
    "survives FTS syntax in the query: %s",
    async (q) => {
      const result = await search({ q });
      expect(Array.isArray(result.hits)).toBe(true);
    },
  );

  it("keeps the index in step with changes", async () => {
    const api = await database.db.api.update({ where: { slug: "driver-view" }, data: { name: "Driver Licence View" } });
    await database.db.$transaction((tx) => reindexApis(tx, [api.id]));
    expect((await search({ q: "licence view" })).hits.map((h) => h.slug)).toEqual(["driver-view"]);
    await database.db.api.delete({ where: { id: api.id } });
    await database.db.$transaction((tx) => reindexApis(tx, [api.id]));
    expect((await search({ q: "licence view" })).total).toBe(0);
  });
});
