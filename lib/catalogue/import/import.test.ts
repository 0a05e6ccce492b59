import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { importKeyOf } from "./api-row";
import { normaliseId } from "./fields";
import { importCatalogue, type ImportReport } from "./index";
import { sha256Hex } from "./specs";
import { tableCounts } from "./testing";

const dataDir = path.resolve(__dirname, "../../../../shared/data");
const catalogueCsv = path.join(dataDir, "uk-api-catalogue/catalogue.csv");

describe.runIf(fs.existsSync(catalogueCsv))("importing the real api.gov.uk catalogue", () => {
  let test: TestDatabase;
  let first: ImportReport;
  let second: ImportReport;
  let afterFirst: Awaited<ReturnType<typeof tableCounts>>;
  let afterSecond: Awaited<ReturnType<typeof tableCounts>>;

  beforeAll(async () => {
    test = await createTestDatabase();
    first = await importCatalogue(test.db, { dataDir });
    afterFirst = await tableCounts(test.db);
    second = await importCatalogue(test.db, { dataDir });
    afterSecond = await tableCounts(test.db);
  }, 120_000);
  afterAll(async () => test?.drop());

  const skippedRows = () => first.skipped.filter((i) => i.file === "catalogue.csv");

  it("imports every organisation and every catalogue row it can, reporting the rest", () => {
    expect(afterFirst.organisations).toBe(34);
    expect(first.apis.imported).toBe(231 - skippedRows().length);
    expect(first.apis.skipped).toBe(skippedRows().length);
    expect(afterFirst.importedApis).toBe(231 - skippedRows().length);
    expect(afterFirst.tags).toBe(0);
  });

  it("accounts for each of the 231 rows: an API with its provider and name, or a report with its line", async () => {
    // An independent reading of the file, so the check does not share the importer's parser.
    const rows = parse(fs.readFileSync(catalogueCsv, "utf8"), { columns: true, info: true }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[];
    expect(rows).toHaveLength(231);
    const keys = new Set((await test.db.api.findMany({ select: { importKey: true } })).map((a) => a.importKey));
    const missing = rows.filter(({ record }) => !keys.has(importKeyOf(normaliseId(record.provider ?? ""), record.name ?? "")));
    expect(missing.length).toBe(skippedRows().length);
    for (const { info } of missing) {
      expect(skippedRows().some((s) => s.line !== undefined && s.line <= info.lines)).toBe(true);
    }
  });

  it("changes nothing when run a second time", () => {
    expect(afterSecond).toEqual(afterFirst);
    expect(second.organisations).toEqual({ imported: 0, updated: 0, unchanged: 34, skipped: 0 });
    expect(second.apis).toEqual({ imported: 0, updated: 0, unchanged: first.apis.imported, skipped: first.apis.skipped });
    expect(second.specs).toMatchObject({ stored: 0, unchanged: first.specs.stored, apisCreated: 0 });
    expect(second.skipped).toEqual(first.skipped);
    expect(second.warnings).toEqual(first.warnings);
  });

  it("records one audit event per created row and spec, and indexes every API for search", () => {
    expect(afterFirst.auditEvents).toBe(afterFirst.organisations + afterFirst.apis + afterFirst.specRevisions);
    expect(afterFirst.searchRows).toBe(afterFirst.apis);
  });

  it("turns literal \\n in descriptions into line breaks", async () => {
    const notify = await test.db.api.findFirstOrThrow({ where: { name: "GOV.UK Notify" } });
    expect(notify.description).toContain("letters to their users.\n\nThe API contains:\n\n- the public-facing");
    // Checked here rather than with `contains`: PostgreSQL's LIKE treats a backslash as an escape.
    const descriptions = await test.db.api.findMany({ select: { description: true } });
    expect(descriptions.filter((a) => a.description.includes("\\n"))).toEqual([]);
    expect(descriptions.filter((a) => a.description.includes("\n")).length).toBeGreaterThan(50);
  });

  it("keeps all 30 HMRC rows that share one url, and the rows with none", async () => {
    const shared = await test.db.api.count({ where: { url: "https://api.service.hmrc.gov.uk" } });
    expect(shared).toBe(30);
    expect(await test.db.api.count({ where: { url: null, source: "api.gov.uk" } })).toBe(11);
  });

  it("matches the provider whose case differs, and adds https:// to a bare website", async () => {
    const insolvency = await test.db.organisation.findUniqueOrThrow({ where: { slug: "insolvency-service" }, include: { apis: true } });
    expect(insolvency.website).toBe("https://www.insolvency.gov.uk");
    expect(insolvency.apis).toHaveLength(1);
    expect(first.warnings).toContainEqual(expect.objectContaining({ file: "organisation.csv", reason: expect.stringMatching(/no https:\/\//) }));
  });

  it("keeps rows with bad start dates and reports the dropped value with its line", () => {
    const dates = first.warnings.filter((w) => /startDate/.test(w.reason));
    expect(dates.map((w) => w.line)).toEqual(expect.arrayContaining([49, 50]));
    expect(dates.some((w) => w.reason.includes('"2023-31-01" is not a real calendar date'))).toBe(true);
  });

  it("stores the real specs as revisions of their APIs, unmodified", async () => {
    const dvla = await test.db.api.findFirstOrThrow({ where: { name: "DVLA Vehicle Enquiry Service" }, include: { specRevisions: true } });
    const text = fs.readFileSync(path.join(dataDir, "specs/dvla-vehicle-enquiry.yaml"), "utf8");
    expect(dvla.specRevisions).toHaveLength(1);
    expect(dvla.specRevisions[0]).toMatchObject({ source: text, contentHash: sha256Hex(text), arrivedVia: "seed", origin: "dvla-vehicle-enquiry.yaml" });
    expect(first.specs.stored).toBe(7);
    expect(first.specs.apisCreated).toBe(1);
    expect(first.skipped).toContainEqual(expect.objectContaining({ file: "specs/mhclg-energy-performance-register.yaml" }));
    const matching = await test.db.api.findFirstOrThrow({ where: { name: "Individuals Matching" }, include: { specRevisions: true } });
    expect(matching.source).toBe("seed");
    expect(matching.specRevisions).toHaveLength(1);
  });
});
