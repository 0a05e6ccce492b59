import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { formatReport, importCatalogue, type ImportReport } from "./index";
import { tableCounts } from "./testing";

const dataDir = path.join(__dirname, "fixtures/messy");
const now = new Date("2025-06-01T00:00:00Z");

describe("importing a messy catalogue (fixtures/messy)", () => {
  let test: TestDatabase;
  let report: ImportReport;
  let text: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    report = await importCatalogue(test.db, { dataDir, now });
    text = formatReport(report);
  }, 60_000);
  afterAll(async () => test?.drop());

  const apiNamed = (name: string) => test.db.api.findFirst({ where: { name } });

  it("counts what it imported and skipped", () => {
    expect(report.organisations).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: 1 });
    expect(report.apis).toEqual({ imported: 9, updated: 0, unchanged: 0, skipped: 5 });
  });

  it("reports an organisation without an id", () => {
    expect(text).toContain("organisation.csv:5: the id is missing");
  });

  it("reports a row with the wrong number of values, by line", () => {
    expect(text).toContain("catalogue.csv:7: malformed CSV: the row has 11 values but the header has 12 columns");
  });

  it("reports an unknown provider, by line", () => {
    expect(text).toContain('catalogue.csv:6: the provider "ministry-of-magic" is not an organisation in organisation.csv');
  });

  it("reports an over-long field, by line", () => {
    expect(text).toContain("catalogue.csv:13: the name is 201 characters long (the limit is 200)");
  });

  it("reports a repeated provider and name as a duplicate", () => {
    expect(text).toContain('catalogue.csv:14: the API "vat (mtd)" of "hm-revenue-customs" is already listed on line 2');
  });

  it("reports an unbalanced quote and still imports the row after it", async () => {
    expect(text).toMatch(/catalogue\.csv:16: malformed CSV: .*unbalanced quotes/);
    expect(await apiNamed("After The Break")).not.toBeNull();
    expect(await apiNamed("Broken Quote")).toBeNull();
  });

  it("matches providers that differ only by case or spacing", async () => {
    const hmrc = await test.db.organisation.findUniqueOrThrow({ where: { slug: "hm-revenue-customs" } });
    expect((await apiNamed("National Insurance"))?.organisationId).toBe(hmrc.id);
    const insolvency = await test.db.organisation.findUniqueOrThrow({ where: { slug: "insolvency-service" } });
    expect((await apiNamed("Breathing Space"))?.organisationId).toBe(insolvency.id);
  });

  it("keeps a row with a bad date, drops the value and warns with the line", async () => {
    expect(text).toContain('catalogue.csv:8: startDate "in service" is not a date in the form YYYY-MM-DD, so it was left out');
    expect(text).toContain('catalogue.csv:9: endDate "2023-31-01" is not a real calendar date, so it was left out');
    expect(text).toContain('catalogue.csv:9: documentation "ftp://docs.example.gov.uk" is not an http or https address');
    const tides = await apiNamed("Tide Tables");
    expect(tides).toMatchObject({ startDate: null, documentationUrl: "https://docs.example.gov.uk" });
    const rates = await apiNamed("Customs Rates");
    expect(rates).toMatchObject({ endDate: null, documentationUrl: null, startDate: new Date("2023-03-20T00:00:00Z") });
  });

  it("stores a multi-line row, and deprecates an API whose end date has passed", async () => {
    const old = await apiNamed("Old Returns");
    expect(old).toMatchObject({ description: "First line\nsecond line\nthird line", lifecycle: "deprecated" });
    expect((await apiNamed("VAT (MTD)"))?.lifecycle).toBe("live");
  });

  it("sets the import defaults on each API", async () => {
    const vat = await apiNamed("VAT (MTD)");
    expect(vat).toMatchObject({
      slug: "vat-mtd",
      importKey: "hm-revenue-customs::vat (mtd)",
      description: "Submit VAT returns.\n\n- one\n- two",
      visibility: "public",
      authType: "unknown",
      source: "api.gov.uk",
      url: "https://api.service.hmrc.gov.uk",
      licence: null,
      dateAdded: new Date("2020-09-02T00:00:00Z"),
    });
  });

  it("stores a listed spec and reports one not in the seed table", async () => {
    expect(report.specs).toEqual({ stored: 1, unchanged: 0, skipped: 1, apisCreated: 0 });
    expect(text).toContain("specs/unlisted.yaml: not stored: it has no entry in the seed spec table");
    const dvla = await test.db.api.findFirstOrThrow({ where: { name: "DVLA Vehicle Enquiry Service" }, include: { specRevisions: true } });
    expect(dvla.specRevisions[0]?.origin).toBe("dvla-vehicle-enquiry.yaml");
  });

  it("records who made each write and what changed", async () => {
    const events = await test.db.auditEvent.findMany({ where: { entityType: "Api" } });
    expect(events).toHaveLength(9);
    expect(events.every((e) => e.actor === "system:import" && e.action === "create")).toBe(true);
    const vat = await apiNamed("VAT (MTD)");
    const event = events.find((e) => e.entityId === vat?.id);
    expect(JSON.parse(event?.changes ?? "{}").name).toEqual({ before: null, after: "VAT (MTD)" });
  });

  it("updates only what changed in a later file, with an audit event for it", async () => {
    const before = await tableCounts(test.db);
    const again = await importCatalogue(test.db, { dataDir, now: new Date("2025-06-02T00:00:00Z") });
    expect(again.apis).toMatchObject({ imported: 0, updated: 0, unchanged: 9 });
    expect(await tableCounts(test.db)).toEqual(before);

    // Someone edits the catalogue: the next import updates that row and records the change.
    const vat = await test.db.api.findFirstOrThrow({ where: { name: "VAT (MTD)" } });
    await test.db.api.update({ where: { id: vat.id }, data: { description: "edited elsewhere", authType: "oauth2" } });
    const third = await importCatalogue(test.db, { dataDir, now });
    expect(third.apis).toMatchObject({ imported: 0, updated: 1, unchanged: 8 });
    const restored = await test.db.api.findUniqueOrThrow({ where: { id: vat.id } });
    expect(restored.description).toBe("Submit VAT returns.\n\n- one\n- two");
    expect(restored.authType).toBe("oauth2"); // not a CSV column, so the import leaves it alone
    const update = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: vat.id, action: "update" } });
    expect(Object.keys(JSON.parse(update.changes))).toEqual(["description"]);
  });
});
