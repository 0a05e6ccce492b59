import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { listSystems, reuseFacets, systemFiltersSchema, systemHasApi, systemOrganisations, SYSTEMS_PAGE_SIZE } from "./systems-list";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const s: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  const system = async (slug: string, organisationId: string, status = "published") => (s[slug] = (await db.system.create({ data: { slug, name: slug, organisationId, status } })).id);
  await system("a-vehicles", people.dvla.id);
  await system("b-drivers", people.dvla.id);
  await system("c-tax", people.hmrc.id);
  await system("d-draft", people.hmrc.id, "draft");
  await db.api.create({ data: { slug: "tax-api", name: "Tax API", organisationId: people.hmrc.id, systemId: s["c-tax"] } });
  await db.api.create({ data: { slug: "gov-api", name: "Government-only API", organisationId: people.dvla.id, systemId: s["b-drivers"], visibility: "government" } });
  const connection = (from: string, to: string, visibility: string, lifecycle = "live") =>
    db.connection.create({ data: { fromSystemId: s[from]!, toSystemId: s[to]!, visibility, lifecycle, description: "x", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from" } });
  await connection("a-vehicles", "c-tax", "public");
  await connection("b-drivers", "c-tax", "government");
  await connection("b-drivers", "a-vehicles", "public", "retired");
});
afterAll(() => test.drop());

const list = async (viewer: Parameters<typeof listSystems>[1], filters: Record<string, string> = {}) => (await listSystems(test.db, viewer, systemFiltersSchema.parse(filters))).systems;
const names = async (viewer: Parameters<typeof listSystems>[1], filters: Record<string, string> = {}) => (await list(viewer, filters)).map((x) => x.slug);

describe("the systems list", () => {
  it("lists visible systems with their organisation, whether they have an API, and their live connections counted as the viewer may see them", async () => {
    const anonymous = await list(ANONYMOUS);
    expect(anonymous.map((x) => [x.slug, x.organisation.name, x.hasApi, x.connectionsOut, x.connectionsIn])).toEqual([
      ["a-vehicles", "Driver and Vehicle Licensing Agency", false, 1, 0],
      ["b-drivers", "Driver and Vehicle Licensing Agency", false, 0, 0],
      ["c-tax", "HM Revenue & Customs", true, 0, 1],
    ]);
    const signedIn = await list(people.newcomer);
    expect(signedIn.map((x) => [x.slug, x.hasApi, x.connectionsOut, x.connectionsIn])).toEqual([
      ["a-vehicles", false, 1, 0],
      ["b-drivers", true, 1, 0],
      ["c-tax", true, 0, 2],
    ]);
    expect(await names(people.hmrcPublisher)).toContain("d-draft");
  });

  it("filters by organisation, API and documented connections, as the viewer sees them", async () => {
    expect(await names(ANONYMOUS, { organisation: "hm-revenue-customs" })).toEqual(["c-tax"]);
    expect(await names(ANONYMOUS, { api: "no" })).toEqual(["a-vehicles", "b-drivers"]);
    expect(await names(people.newcomer, { api: "no" })).toEqual(["a-vehicles"]);
    expect(await names(ANONYMOUS, { api: "yes" })).toEqual(["c-tax"]);
    expect(await names(ANONYMOUS, { connections: "no" })).toEqual(["b-drivers"]);
    expect(await names(people.newcomer, { connections: "yes" })).toEqual(["a-vehicles", "b-drivers", "c-tax"]);
    expect(await names(ANONYMOUS, { api: "maybe", organisation: "../x" })).toHaveLength(3);
    expect((await systemOrganisations(test.db, ANONYMOUS)).map((o) => o.slug)).toEqual(["driver-and-vehicle-licensing-agency", "hm-revenue-customs"]);
    expect(await systemHasApi(test.db, ANONYMOUS, s["b-drivers"]!)).toBe(false);
    expect(await systemHasApi(test.db, people.newcomer, s["b-drivers"]!)).toBe(true);
  });

  it("filters by what others may reuse, counting each value with the other filters applied but not its own", async () => {
    await test.db.system.update({ where: { id: s["c-tax"] }, data: { sharedPlatform: true, repositoryUrl: "https://github.com/hmrc/tax", licence: "MIT" } });
    await test.db.system.update({ where: { id: s["a-vehicles"] }, data: { repositoryUrl: "https://github.com/dvla/vehicles", licence: "OGL-UK-3.0" } });
    await test.db.system.update({ where: { id: s["d-draft"] }, data: { sharedPlatform: true, licence: "MIT" } });
    expect(await names(ANONYMOUS, { platform: "yes" })).toEqual(["c-tax"]);
    expect(await names(ANONYMOUS, { code: "yes" })).toEqual(["a-vehicles", "c-tax"]);
    expect(await names(ANONYMOUS, { code: "no" })).toEqual(["b-drivers"]);
    expect(await names(ANONYMOUS, { licence: "MIT" })).toEqual(["c-tax"]);
    const facets = await reuseFacets(test.db, ANONYMOUS, systemFiltersSchema.parse({ platform: "yes" }));
    expect(facets).toEqual({ platform: { yes: 1, no: 2 }, code: { yes: 1, no: 0 }, licences: [{ licence: "MIT", count: 1 }] });
    // The draft counts only for those who may see it.
    expect((await reuseFacets(test.db, people.hmrcPublisher, systemFiltersSchema.parse({}))).platform.yes).toBe(2);
    await test.db.system.updateMany({ data: { sharedPlatform: false, repositoryUrl: null, licence: null } });
  });

  it("pages through the list, keeping the page within range", async () => {
    for (let i = 0; i < SYSTEMS_PAGE_SIZE; i++) await test.db.system.create({ data: { slug: `z-${i}`, name: `z-${String(i).padStart(2, "0")}`, organisationId: people.dvla.id } });
    const second = await listSystems(test.db, ANONYMOUS, systemFiltersSchema.parse({ page: "2" }));
    expect(second).toMatchObject({ total: SYSTEMS_PAGE_SIZE + 3, page: 2, pageCount: 2 });
    expect(second.systems).toHaveLength(3);
    expect((await listSystems(test.db, ANONYMOUS, systemFiltersSchema.parse({ page: "99" }))).page).toBe(2);
  });
});
