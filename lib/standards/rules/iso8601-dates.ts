import { defineRule, isObj, type Finding } from "../types";
import { allProperties, perDocument, deref, words, type Doc, type Property } from "../doc";

// A name ending in one of these holds a date or time (startDate, created_at_time, eventTimestamp).
const DATE_NOUNS = new Set(["date", "time", "datetime", "timestamp", "dob"]);
// Alone, or before "at"/"on" (createdAt, updated_on), or after "last"/"date" (lastUpdated, dateCreated).
const WHEN_WORDS = new Set(["created", "updated", "modified", "deleted", "expires", "expiry", "expiration", "issued", "published", "changed"]);
// Formats that are ISO 8601 / RFC 3339 forms.
const ISO_FORMATS = new Set(["date", "date-time", "time", "duration"]);
// What an ISO 8601 pattern must accept: at least one of a date, a date-time and a time of day.
const ISO_SAMPLES = ["2017-08-09", "2017-08-09T13:58:07Z", "2017-08-09T13:58:07.123Z", "2017-08-09T13:58:07+01:00", "13:58:07"];
const ISO_IN_WORDS = /\bISO[ -]?8601\b|\bRFC[ -]?3339\b/i;
const ISO_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Names like startDate, created_at, lastUpdated, expiresAt, dateOfBirth, timestamp, created:
 * a date noun last, a "when" word alone or before at/on, or "date"/"time" first before "of".
 * Not createdBy, expires_in, expiry_month, expiryReason, dateTimeType, timeFrame or time_zone:
 * there the date word describes something else.
 */
export function isDateLike(name: string): boolean {
  const w = words(name);
  const first = w[0] ?? "";
  const last = w[w.length - 1] ?? "";
  if (DATE_NOUNS.has(last)) return true;
  if (w.length === 1) return WHEN_WORDS.has(first);
  if ((last === "at" || last === "on") && w.slice(0, -1).some((x) => WHEN_WORDS.has(x) || DATE_NOUNS.has(x))) return true;
  if (WHEN_WORDS.has(last) && (first === "last" || first === "date")) return true;
  return (first === "date" || first === "time") && w[1] === "of";
}

/** A number named only with "time" (travelTime, timeToArrival) is a duration count, not a date. */
const isDurationCount = (name: string, s: Doc): boolean =>
  (s.type === "integer" || s.type === "number") && words(name).at(-1) === "time";

function patternIsIso(pattern: unknown): boolean {
  if (typeof pattern !== "string") return false;
  try {
    const re = new RegExp(pattern, "u");
    return ISO_SAMPLES.some((s) => re.test(s)) && !re.test("09/08/2017") && !re.test("not a date");
  } catch {
    return false;
  }
}

/** The schema says its value is ISO 8601: by format, by a pattern that only ISO forms match, or in its description. */
const saysIso = (s: Doc): boolean =>
  (typeof s.format === "string" && ISO_FORMATS.has(s.format)) || patternIsIso(s.pattern) || (typeof s.description === "string" && ISO_IN_WORDS.test(s.description));

const isContainer = (s: unknown): boolean => isObj(s) && (s.type === "object" || isObj(s.properties));

/**
 * Date-like names that are objects somewhere in the document (TfL's ticketTime is a TicketTime
 * object with a type such as "Peak" in one schema and a plain string in others): the name
 * stands for that thing, not a date, wherever it appears.
 */
const containerNames = perDocument((doc: Doc) => new Set(allProperties(doc).filter((p) => isContainer(deref(doc, p.schema))).map((p) => p.name)));

// Objects (a date range, a time window) are containers, not a date value, so they are skipped.
// A name is judged once however often it recurs (a large spec has tens of thousands of "id"s).
const dateProps = perDocument((doc: Doc) => {
  const dateLike = new Map<string, boolean>();
  const isDateLikeName = (name: string) => dateLike.get(name) ?? dateLike.set(name, isDateLike(name)).get(name)!;
  return allProperties(doc).flatMap((p) => {
    if (!isDateLikeName(p.name) || containerNames(doc).has(p.name)) return [];
    let s = deref(doc, p.schema);
    if (isObj(s) && s.type === "array") s = deref(doc, s.items);
    if (!isObj(s) || isContainer(s) || s.type === "boolean") return [];
    if (s.allOf || s.oneOf || s.anyOf || isDurationCount(p.name, s)) return [];
    return [{ ...p, schema: s }] as (Property & { schema: Doc })[];
  });
});

function message(name: string, s: Doc): string {
  if (typeof s.format === "string") return `"${name}" has format "${s.format}", which is not an ISO 8601 format: use date (2017-08-09) or date-time (2017-08-09T13:58:07Z).`;
  const found = `"${name}" looks like a date or time but has no ISO 8601 format (format: date or date-time)`;
  return typeof s.example === "string" && ISO_VALUE.test(s.example) ? `${found}; its example ${s.example} is ISO 8601, but the schema does not say so.` : `${found}.`;
}

function check(doc: Doc): Finding[] {
  return dateProps(doc)
    .filter((p) => !saysIso(p.schema))
    .map((p) => ({ message: message(p.name, p.schema), path: p.path }));
}

export default defineRule(
  {
    id: "gds-iso8601-dates",
    point: 12,
    title: "Dates and times use ISO 8601",
    severity: "error",
    fix: "Give date fields `type: string, format: date` (2017-08-09) and date-time fields `type: string, format: date-time` (2017-08-09T13:58:07Z).",
    quote: "The government mandates using the ISO 8601 standard to represent date and time in your payload response.",
    needsWholeDocument: true,
  },
  (doc) => dateProps(doc).length > 0,
  check,
);
