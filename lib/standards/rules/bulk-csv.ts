import { defineRule, type Finding } from "../types";
import { operations, producedMediaTypes, type Doc } from "../doc";

// Advisory: one CSV download anywhere is enough to pass; the finding points at `paths`.
function check(doc: Doc): Finding[] {
  const csv = operations(doc).some((o) => producedMediaTypes(doc, o.op).some((t) => /^text\/csv\b/i.test(t)));
  return csv ? [] : [{ message: "No operation offers the data as CSV (text/csv) for bulk download.", path: ["paths"] }];
}

export default defineRule(
  {
    id: "gds-bulk-csv",
    point: 21,
    title: "Bulk download offered as CSV",
    severity: "warn",
    fix: "Offer the whole dataset as a CSV download (an operation producing text/csv) as well as JSON, and link to it from data.gov.uk.",
    quote: "Make data available in CSV formats as well as JSON when you want to publish bulk data.",
  },
  (doc) => operations(doc).length > 0,
  check,
);
