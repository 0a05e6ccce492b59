import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { exportBody, exportedConnections, exportResponse } from "./export";
import { parseMapQuery } from "./map-query";
import { estateMap } from "./map-view";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const s: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  const system = async (slug: string, organisationId: string) => (s[slug] = (await db.system.create({ data: { slug, name: slug, organisationId } })).id);
  await system("vehicles", people.dvla.id);
  await system("drivers", people.dvla.id);
  await system("tax", people.hmrc.id);
  const api = await db.api.create({ data: { slug: "tax-api", name: "Tax API", organisationId: people.hmrc.id, systemId: s.tax } });
  const connection = (from: string, to: string, data: Record<string, unknown>) =>
    db.connection.create({ data: { fromSystemId: s[from]!, toSystemId: s[to]!, description: `${from} to ${to}`, technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from", visibility: "public", ...data } });
  await connection("vehicles", "tax", { apiId: api.id, personalData: true, personalDataLogged: true, confirmation: "confirmed" });
  await connection("drivers", "tax", { technology: "file-transfer", description: "=HYPERLINK(\"x\")" });
  await connection("drivers", "vehicles", { visibility: "government", technology: "database-link" });
});
afterAll(() => test.drop());

const query = (params: string) => parseMapQuery(new URLSearchParams(params));

describe("exporting connections", () => {
  it("gives the same connections as the table twin for a filter, in its order", async () => {
    for (const params of ["", "technology=rest-json", "technology=file-transfer&technology=database-link", "organisation=hm-revenue-customs", "view=system&focus=vehicles"]) {
      const map = await estateMap(test.db, people.dvlaPublisher, query(params));
      const table = map.drawn.edges.map((e) => (e.kind === "connection" ? e.connection.description : ""));
      const rows = await exportedConnections(test.db, people.dvlaPublisher, query(params));
      expect(rows.map((r) => r.description), params).toEqual(table);
    }
    const rest = await exportedConnections(test.db, people.dvlaPublisher, query("technology=rest-json"));
    expect(rest).toEqual([
      expect.objectContaining({ fromOrganisation: "Driver and Vehicle Licensing Agency", fromSystem: "vehicles", toOrganisation: "HM Revenue & Customs", toSystem: "tax", api: "Tax API", personalDataLogged: true, confirmation: "confirmed" }),
    ]);
    expect(rest[0]!.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("never includes a connection the viewer may not see", async () => {
    const anonymous = await exportedConnections(test.db, ANONYMOUS, query(""));
    expect(anonymous.map((r) => r.description).sort()).toEqual(["=HYPERLINK(\"x\")", "vehicles to tax"].sort());
    const signedIn = await exportedConnections(test.db, people.dvlaPublisher, query(""));
    expect(signedIn.map((r) => r.description)).toContain("drivers to vehicles");
  });

  it("writes CSV with stable columns and cells a spreadsheet will not run, and JSON as one object", async () => {
    const rows = await exportedConnections(test.db, ANONYMOUS, query(""));
    const csv = exportBody(rows, "connections.csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    const records = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([
      "from organisation", "from system", "to organisation", "to system", "API", "description", "direction", "technology",
      "open standard", "personal data", "personal data logged", "frequency", "lifecycle", "visibility", "confirmation", "example", "updated",
    ]);
    const viaApi = records.find((r) => r.API === "Tax API")!;
    expect([viaApi["personal data"], viaApi["personal data logged"], viaApi["open standard"]]).toEqual(["yes", "yes", "yes"]);
    expect(records.find((r) => r.API === "")!.description).toBe("'=HYPERLINK(\"x\")");
    const json = JSON.parse(exportBody(rows, "connections.json").body);
    expect(json.connections).toHaveLength(2);
    expect(typeof json.connections[0].updated).toBe("string");
  });

  it("answers the route with a download that no cache may share", async () => {
    const response = await exportResponse(test.db, ANONYMOUS, new URL("http://x/estate/connections.csv?technology=file-transfer"), "connections.csv");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="connections.csv"');
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(parse(await response.text(), { columns: true })).toHaveLength(1);
  });
});
