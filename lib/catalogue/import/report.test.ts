import { describe, expect, it } from "vitest";
import { emptyReport, formatIssue, formatReport } from "./report";

describe("formatIssue", () => {
  it("puts the file and line first", () => {
    expect(formatIssue({ file: "catalogue.csv", line: 49, reason: "the name is missing" })).toBe("catalogue.csv:49: the name is missing");
    expect(formatIssue({ file: "specs/x.yaml", reason: "no API" })).toBe("specs/x.yaml: no API");
  });
});

describe("formatReport", () => {
  it("prints counts, then skipped rows, then warnings", () => {
    const report = emptyReport("/data");
    report.organisations.imported = 34;
    report.apis = { imported: 229, updated: 1, unchanged: 0, skipped: 1 };
    report.specs.stored = 7;
    report.skipped.push({ file: "catalogue.csv", line: 12, reason: 'the provider "x" is not an organisation in organisation.csv' });
    report.warnings.push({ file: "catalogue.csv", line: 49, reason: 'startDate "in service" is not a date in the form YYYY-MM-DD, so it was left out' });
    expect(formatReport(report)).toBe(
      [
        "Imported the API catalogue from /data",
        "Organisations: 34 imported, 0 updated, 0 unchanged, 0 skipped",
        "APIs: 229 imported, 1 updated, 0 unchanged, 1 skipped",
        "Specs: 7 stored, 0 unchanged, 0 skipped",
        "",
        "Skipped (1):",
        '  catalogue.csv:12: the provider "x" is not an organisation in organisation.csv',
        "",
        "Warnings (1):",
        '  catalogue.csv:49: startDate "in service" is not a date in the form YYYY-MM-DD, so it was left out',
      ].join("\n"),
    );
  });

  it("leaves out empty sections", () => {
    expect(formatReport(emptyReport("/d"))).not.toMatch(/Skipped|Warnings/);
  });
});
