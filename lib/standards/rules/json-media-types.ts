import { defineRule, type Finding } from "../types";
import { operations, successMediaTypes, type Doc } from "../doc";

export const isJson = (t: string): boolean => /^application\/([\w.-]+\+)?json\b/i.test(t.trim()) || t.trim() === "*/*";

// Point 21 asks for bulk data as CSV and point 22 suggests Atom/RSS feeds of changes: an
// operation offering those is a download or a feed, not a web API answering in another format.
const isBulkOrFeed = (t: string): boolean => /^(text\/csv|application\/(atom|rss)\+xml)\b/i.test(t.trim());

// One finding per operation whose successful responses declare media types but none of them JSON.
// Error responses are not judged: an XML-only 200 is not saved by a JSON 400.
function check(doc: Doc): Finding[] {
  return operations(doc).flatMap((o) => {
    const types = successMediaTypes(doc, o.op);
    if (types.length === 0 || types.some(isJson) || types.some(isBulkOrFeed)) return [];
    return [{ message: `${o.method.toUpperCase()} ${o.pathName} offers no JSON response (${[...new Set(types)].join(", ")}).`, path: o.path }];
  });
}

export default defineRule(
  {
    id: "gds-json-media-types",
    point: 5,
    title: "Successful responses are available as JSON",
    severity: "warn",
    fix: "Offer application/json (or a +json type) for every operation's successful responses; keep other formats as extras. CSV downloads of bulk data and Atom/RSS feeds of changes are fine as they are.",
    quote: "Your first choice for all web APIs should be JSON where possible.",
    needsWholeDocument: true,
  },
  (doc) => operations(doc).some((o) => successMediaTypes(doc, o.op).length > 0),
  check,
);
