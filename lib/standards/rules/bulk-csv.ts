import { defineRule, type Finding } from "../types";
import { allProperties, operations, perDocument, producedMediaTypes, type Doc } from "../doc";

const isCsv = (t: string): boolean => /^text\/csv\b/i.test(t);

// Either an operation produces CSV, or responses link to CSV files of the data (ONS gives each
// version's `downloads.csv.href`): both let users take the whole dataset away.
const offersCsv = perDocument(
  (doc: Doc): boolean =>
    operations(doc).some((o) => producedMediaTypes(doc, o.op).some(isCsv)) || allProperties(doc).some((p) => /^csv$/i.test(p.name)),
);

// Advisory: one CSV download anywhere is enough to pass; the finding points at `paths`.
function check(doc: Doc): Finding[] {
  return offersCsv(doc) ? [] : [{ message: "No operation offers the data as CSV (text/csv), and no response links to a CSV download.", path: ["paths"] }];
}

export default defineRule(
  {
    id: "gds-bulk-csv",
    point: 21,
    title: "Bulk download offered as CSV",
    severity: "warn",
    fix: "Offer the whole dataset as a CSV download (an operation producing text/csv, or a link to the CSV file in your responses) as well as JSON, and link to it from data.gov.uk.",
    quote: "Make data available in CSV formats as well as JSON when you want to publish bulk data.",
    needsWholeDocument: true,
    datasetOnly: true,
  },
  (doc) => operations(doc).length > 0,
  check,
);
