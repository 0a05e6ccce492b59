import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { importCatalogue } from "@/lib/catalogue/import";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { estateCoverage } from "../coverage";
import { EXAMPLE_ESTATE } from "./estate";
import { loadExampleEstate, loadExampleEstateForDemo } from "./load";

const dataDir = path.resolve(__dirname, "../../../../shared/data");
let test: TestDatabase;

const counts = async () => {
  const { db } = test;
  const [systems, connections, exampleSystems, exampleConnections, linkedApis, auditEvents] = await Promise.all([
    db.system.count(),
    db.connection.count(),
    db.system.count({ where: { example: true } }),
    db.connection.count({ where: { example: true } }),
    db.api.count({ where: { systemId: { not: null } } }),
    db.auditEvent.count(),
  ]);
  return { systems, connections, exampleSystems, exampleConnections, linkedApis, auditEvents };
};

beforeAll(async () => {
  test = await createTestDatabase();
  await importCatalogue(test.db, { dataDir });
}, 120_000);
afterAll(() => test.drop());

describe("loading the example estate into the real catalogue", () => {
  it("loads nothing in production (an OIDC_ISSUER is set)", async () => {
    const before = await counts();
    expect(await loadExampleEstateForDemo(test.db, { OIDC_ISSUER: "https://sso.example.gov.uk" })).toBeNull();
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ systems: 0, connections: 0 });
  });

  it("loads every system and connection in demo mode, all marked example, each change audited", async () => {
    const before = await counts();
    const load = await loadExampleEstateForDemo(test.db, {});
    const linked = EXAMPLE_ESTATE.systems.flatMap((s) => s.apis).length;
    expect(load).toEqual({ systems: EXAMPLE_ESTATE.systems.length, connections: EXAMPLE_ESTATE.connections.length, apisLinked: linked, dataSets: EXAMPLE_ESTATE.dataSets.length, skipped: [] });
    const after = await counts();
    expect(after).toMatchObject({ systems: load!.systems, connections: load!.connections, exampleSystems: load!.systems, exampleConnections: load!.connections, linkedApis: linked });
    const holdings = EXAMPLE_ESTATE.dataSets.reduce((n, d) => n + 1 + d.holders.length, 0);
    expect(after.auditEvents - before.auditEvents).toBe(load!.systems + load!.connections + linked + load!.dataSets + holdings);
    expect(await test.db.dataSetHolding.count({ where: { example: true, kind: "replica" } })).toBe(1);
    const disputed = await test.db.connection.findFirst({ where: { confirmation: "disputed" }, select: { disputeReason: true, identity: true } });
    expect(disputed?.disputeReason).toMatch(/no agreement/);
    expect(disputed?.identity).toMatch(/\|both\|$/);
  }, 60_000);

  it("adds nothing when loaded again", async () => {
    const before = await counts();
    expect(await loadExampleEstate(test.db)).toEqual({ systems: 0, connections: 0, apisLinked: 0, dataSets: 0, skipped: [] });
    expect(await counts()).toEqual(before);
  });

  it("is counted in coverage as the file says: an anonymous visitor sees only its public connections", async () => {
    const coverage = await estateCoverage(test.db, ANONYMOUS);
    expect(coverage.overall.systems).toBe(EXAMPLE_ESTATE.systems.length);
    expect(coverage.overall.examples).toBe(EXAMPLE_ESTATE.systems.length);
    expect(coverage.overall.connections).toBe(EXAMPLE_ESTATE.connections.filter((c) => c.visibility === "public").length);
    expect(coverage.organisations).toHaveLength(8);
  });
});
