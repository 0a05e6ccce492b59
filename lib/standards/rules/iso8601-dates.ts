import { defineRule, isObj, type Finding } from "../types";
import { allProperties, perDocument, deref, words, type Doc, type Property } from "../doc";

const DATE_WORDS = new Set(["date", "time", "datetime", "timestamp", "created", "updated", "modified", "deleted", "expires", "expiry"]);
// Formats that are ISO 8601 / RFC 3339 forms.
const ISO_FORMATS = new Set(["date", "date-time", "time", "duration"]);

/**
 * Names like startDate, created_at, lastUpdated, expiresAt, dateOfBirth, timestamp — the date word
 * first or last; not a middle word (one_time_token) and not timezone/timeout.
 */
export function isDateLike(name: string): boolean {
  const w = words(name);
  if (w.includes("zone") || w.includes("timezone")) return false;
  const ends = [w[0], w[w.length - 1]].filter((x): x is string => x !== undefined);
  return ends.some((x) => DATE_WORDS.has(x)) || (w.length > 1 && w[w.length - 1] === "at");
}

/** A number named only with "time" (travelTime, timeToArrival) is a duration count, not a date. */
const isDurationCount = (name: string, s: Doc): boolean =>
  (s.type === "integer" || s.type === "number") && !words(name).some((x) => DATE_WORDS.has(x) && x !== "time");

// Objects (a date range, a time window) are containers, not a date value, so they are skipped.
const dateProps = perDocument((doc: Doc) =>
  allProperties(doc).flatMap((p) => {
    if (!isDateLike(p.name)) return [];
    let s = deref(doc, p.schema);
    if (isObj(s) && s.type === "array") s = deref(doc, s.items);
    if (!isObj(s) || s.type === "object" || s.type === "boolean" || isObj(s.properties)) return [];
    if (s.allOf || s.oneOf || s.anyOf || isDurationCount(p.name, s)) return [];
    return [{ ...p, schema: s }] as (Property & { schema: Doc })[];
  }),
);

function check(doc: Doc): Finding[] {
  return dateProps(doc)
    .filter((p) => !(typeof p.schema.format === "string" && ISO_FORMATS.has(p.schema.format)))
    .map((p) => ({
      message: `"${p.name}" looks like a date or time but has no ISO 8601 format (format: date or date-time).`,
      path: p.path,
    }));
}

export default defineRule(
  {
    id: "gds-iso8601-dates",
    point: 12,
    title: "Dates and times use ISO 8601",
    severity: "error",
    fix: "Give date fields `type: string, format: date` (2017-08-09) and date-time fields `type: string, format: date-time` (2017-08-09T13:58:07Z).",
    quote: "The government mandates using the ISO 8601 standard to represent date and time in your payload response.",
  },
  (doc) => dateProps(doc).length > 0,
  check,
);
