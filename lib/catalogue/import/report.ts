/** Something about one row (or one spec file) that the person who keeps the data should know. */
export type Issue = { file: string; line?: number; reason: string };

export type Counts = { imported: number; updated: number; unchanged: number; skipped: number };

export type ImportReport = {
  dataDir: string;
  organisations: Counts;
  apis: Counts;
  /** Spec revisions stored; apisCreated counts APIs made from a spec because the CSV lacks them. */
  specs: { stored: number; unchanged: number; skipped: number; apisCreated: number };
  /** Rows and files that were not imported, with why. */
  skipped: Issue[];
  /** Rows that were imported but lost a value, with why. */
  warnings: Issue[];
};

export function emptyReport(dataDir: string): ImportReport {
  const counts = (): Counts => ({ imported: 0, updated: 0, unchanged: 0, skipped: 0 });
  return { dataDir, organisations: counts(), apis: counts(), specs: { stored: 0, unchanged: 0, skipped: 0, apisCreated: 0 }, skipped: [], warnings: [] };
}

/** "catalogue.csv:49: reason", the form editors and terminals can jump to. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}${issue.line === undefined ? "" : `:${issue.line}`}: ${issue.reason}`;
}

const line = (label: string, c: Counts) =>
  `${label}: ${c.imported} imported, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped`;

/** The summary the CLI prints: counts first, then every skipped row and every warning. */
export function formatReport(report: ImportReport): string {
  const out = [
    `Imported the API catalogue from ${report.dataDir}`,
    line("Organisations", report.organisations),
    line("APIs", report.apis),
    `Specs: ${report.specs.stored} stored, ${report.specs.unchanged} unchanged, ${report.specs.skipped} skipped` +
      (report.specs.apisCreated ? ` (${report.specs.apisCreated} API created from its spec)` : ""),
  ];
  if (report.skipped.length) out.push("", `Skipped (${report.skipped.length}):`, ...report.skipped.map((i) => `  ${formatIssue(i)}`));
  if (report.warnings.length) out.push("", `Warnings (${report.warnings.length}):`, ...report.warnings.map((i) => `  ${formatIssue(i)}`));
  return out.join("\n");
}
