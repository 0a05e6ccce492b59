import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/catalogue/import/csv";
import { CATALOGUE_COLUMNS, normaliseApiRow } from "@/lib/catalogue/import/api-row";
import { COLUMNS, csvwMetadata } from "./columns";
import { apiItem, type ApiRow } from "./records";
import { csvText } from "./stream";

const shared = path.resolve(__dirname, "../../../shared/data/uk-api-catalogue");
const theirs = JSON.parse(fs.readFileSync(path.join(shared, "catalogue.csv-metadata.json"), "utf8"));

const row: ApiRow = {
  id: "capi1", slug: "vehicle-tax", name: "Vehicle tax", description: "Line one\nline two, with a comma", url: "https://api.example.gov.uk/",
  documentationUrl: "https://docs.example.gov.uk/", licence: "OGL", maintainer: "Team <team@example.gov.uk>", areaServed: "England,Wales",
  startDate: new Date("2024-04-01T00:00:00Z"), endDate: null, dateAdded: new Date("2020-01-08T00:00:00Z"), dateUpdated: new Date("2020-08-24T00:00:00Z"),
  lifecycle: "live", deprecatedAt: null, sunsetAt: null, visibility: "public", authType: "oauth2", status: "published", servesDataset: false,
  source: "api.gov.uk", provider: "government-digital-service", system: null, tags: "tax,vehicles",
};

describe("the APIs' CSV", () => {
  it("starts with exactly api.gov.uk's columns, in its order", () => {
    const header = fs.readFileSync(path.join(shared, "catalogue.csv"), "utf8").split("\n", 1)[0]!.split(",");
    expect(COLUMNS.apis.slice(0, header.length).map((c) => c.name)).toEqual(header);
    expect(header).toEqual([...CATALOGUE_COLUMNS]);
  });

  it("writes values as api.gov.uk does, so its importer reads them back unchanged", () => {
    const text = csvText("apis", [apiItem(row, "https://catalogue.example")], true);
    expect(text).toContain("Line one\\nline two");
    const parsed = parseCsv(text, CATALOGUE_COLUMNS);
    expect(parsed.problems).toEqual([]);
    const back = normaliseApiRow(parsed.records[0]!.values, new Set(["government-digital-service"]));
    expect(back).toMatchObject({ ok: true, value: { name: "Vehicle tax", description: row.description, url: row.url, documentationUrl: row.documentationUrl, licence: "OGL", maintainer: row.maintainer, areaServed: "England,Wales", startDate: row.startDate, endDate: null, dateAdded: row.dateAdded, dateUpdated: row.dateUpdated, organisationSlug: "government-digital-service" } });
    expect(parsed.records[0]!.values).toMatchObject({ tags: "tax,vehicles", servesDataset: "false", link: "https://catalogue.example/apis/vehicle-tax", system: "" });
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    const text = csvText("apis", [apiItem({ ...row, name: "=HYPERLINK(\"x\")" }, "https://c.example")], false);
    expect(text).toContain("'=HYPERLINK");
  });
});

describe("the CSV on the Web metadata", () => {
  it.each(["apis", "systems", "connections"] as const)("describes every column of %s.csv, in order", (kind) => {
    const metadata = csvwMetadata(kind);
    expect(metadata["@context"]).toBe("http://www.w3.org/ns/csvw");
    expect(metadata.url).toBe(`${kind}.csv`);
    const header = csvText(kind, [], true).trim().split(",");
    expect(metadata.tableSchema.columns.map((c) => c.name)).toEqual(header);
    for (const column of metadata.tableSchema.columns) {
      expect(column.titles).toBe(column.name);
      expect(column["schema:description"]).toMatch(/\w/);
    }
  });

  it("describes api.gov.uk's columns as its own file does", () => {
    const ours = new Map(csvwMetadata("apis").tableSchema.columns.map((c) => [c.name, c]));
    for (const column of theirs.tableSchema.columns) {
      expect(ours.get(column.name)).toMatchObject({ titles: column.titles, propertyUrl: column.propertyUrl, "schema:description": column["schema:description"] });
    }
  });
});
