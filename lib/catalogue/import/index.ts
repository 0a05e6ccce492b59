import type { Db } from "@/lib/db";
import { CATALOGUE_COLUMNS, normaliseApiRow } from "./api-row";
import { parseCsv, type CsvProblem } from "./csv";
import { readInputs, resolveDataDir } from "./inputs";
import { ORGANISATION_COLUMNS, normaliseOrganisationRow } from "./organisation-row";
import { emptyReport, type ImportReport } from "./report";
import { collectRows, type Collected } from "./rows";
import { seedSpecFor } from "./specs";
import { writeApis } from "./write-apis";
import { writeOrganisations } from "./write-organisations";
import { writeSpec } from "./write-specs";

export { FatalImportError } from "./errors";
export { formatReport, type ImportReport, type Issue } from "./report";

export type ImportOptions = {
  /** Folder holding uk-api-catalogue/ and specs/; default CATALOGUE_DATA_DIR, else ../shared/data. */
  dataDir?: string;
  /** "Today" for deciding whether an end date has passed; tests pin it. */
  now?: Date;
};

/** Interactive transactions default to 5 s; a first import of a file writes hundreds of rows and audit events. */
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

/**
 * Loads organisation.csv, then catalogue.csv, then the seed specs. Every input is read and
 * checked before the first write; each file is then written in one transaction, so a failure
 * part way through a file leaves none of that file written. Running it again changes nothing.
 */
export async function importCatalogue(db: Db, options: ImportOptions = {}): Promise<ImportReport> {
  const dataDir = resolveDataDir(options.dataDir);
  const now = options.now ?? new Date();
  const inputs = readInputs(dataDir);
  const organisationCsv = parseCsv(inputs.organisations, ORGANISATION_COLUMNS, "organisation.csv");
  const catalogueCsv = parseCsv(inputs.catalogue, CATALOGUE_COLUMNS, "catalogue.csv");
  const report = emptyReport(dataDir);

  const organisations = collectRows(
    organisationCsv.records,
    normaliseOrganisationRow,
    (o) => o.slug,
    (o, first) => `the organisation id "${o.slug}" is already used on line ${first}`,
  );
  note(report, "organisation.csv", organisationCsv.problems, organisations);
  report.organisations.skipped = organisationCsv.problems.length + organisations.skipped.length;

  // A provider must name an organisation kept from organisation.csv.
  const known = new Set(organisations.kept.map((o) => o.value.slug));
  const apis = collectRows(
    catalogueCsv.records,
    (values) => normaliseApiRow(values, known),
    (a) => a.importKey,
    (a, first) => `the API "${a.name}" of "${a.organisationSlug}" is already listed on line ${first}`,
  );
  note(report, "catalogue.csv", catalogueCsv.problems, apis);
  report.apis.skipped = catalogueCsv.problems.length + apis.skipped.length;

  await db.$transaction((tx) => writeOrganisations(tx, organisations.kept, report.organisations), TRANSACTION);
  await db.$transaction((tx) => writeApis(tx, apis.kept, report.apis, now), TRANSACTION);

  for (const spec of inputs.specs) {
    const seed = seedSpecFor(spec.file);
    const reason = seed
      ? await db.$transaction((tx) => writeSpec(tx, seed, spec, report), TRANSACTION)
      : "not stored: it has no entry in the seed spec table (lib/catalogue/import/specs.ts)";
    if (reason) {
      report.specs.skipped++;
      report.skipped.push({ file: `specs/${spec.file}`, reason });
    }
  }
  if (!inputs.specsDir) report.warnings.push({ file: "specs/", reason: `no specs folder in ${dataDir}, so no specs were stored` });
  return report;
}

/** Adds a file's unreadable rows, skipped rows and warnings to the report, in line order. */
function note(report: ImportReport, file: string, problems: CsvProblem[], rows: Collected<unknown>): void {
  const skipped = [...problems, ...rows.skipped].sort((a, b) => a.line - b.line);
  report.skipped.push(...skipped.map((s) => ({ file, line: s.line, reason: s.reason })));
  report.warnings.push(...rows.warnings.map((w) => ({ file, line: w.line, reason: w.reason })));
}
