import { z } from "zod";
import { LIMITS, limited, normaliseId, optionalDate, optionalUrl, reasonsOf, required, unescapeNewlines, blankToNull, type RowResult } from "./fields";

export const CATALOGUE_COLUMNS = [
  "dateAdded", "dateUpdated", "url", "name", "description", "documentation",
  "license", "maintainer", "areaServed", "startDate", "endDate", "provider",
] as const;

/** The values of one catalogue.csv row as stored on Api, plus the organisation it belongs to. */
export type ApiInput = {
  importKey: string;
  organisationSlug: string;
  name: string;
  description: string;
  url: string | null;
  documentationUrl: string | null;
  licence: string | null;
  maintainer: string | null;
  areaServed: string | null;
  startDate: Date | null;
  endDate: Date | null;
  dateAdded: Date | null;
  dateUpdated: Date | null;
};

/** Problems here cost the whole row: without a name or provider there is nothing to file it under. */
const catalogueRow = z.object({
  dateAdded: limited("dateAdded", LIMITS.other),
  dateUpdated: limited("dateUpdated", LIMITS.other),
  url: limited("url", LIMITS.url),
  name: required("name", LIMITS.name),
  description: z.string().transform(unescapeNewlines).pipe(limited("description", LIMITS.description)),
  documentation: limited("documentation url", LIMITS.url),
  license: limited("license", LIMITS.other),
  maintainer: limited("maintainer", LIMITS.other),
  areaServed: limited("areaServed", LIMITS.other),
  startDate: limited("startDate", LIMITS.other),
  endDate: limited("endDate", LIMITS.other),
  provider: required("provider", LIMITS.other),
});

/**
 * The identity of an imported row. The url cannot be it: 11 rows have none and 30 HMRC rows
 * share one. Provider and name are what a reader would use to tell two entries apart.
 */
export function importKeyOf(organisationSlug: string, name: string): string {
  return `${organisationSlug}::${name.trim().toLowerCase()}`;
}

/** Turns one catalogue.csv row into the values stored, or the reason it cannot be kept. */
export function normaliseApiRow(values: Record<string, string>, organisationSlugs: ReadonlySet<string>): RowResult<ApiInput> {
  const parsed = catalogueRow.safeParse(values);
  if (!parsed.success) return { ok: false, reason: reasonsOf(parsed.error) };
  const row = parsed.data;
  const organisationSlug = normaliseId(row.provider);
  if (!organisationSlugs.has(organisationSlug)) {
    return { ok: false, reason: `the provider "${row.provider}" is not an organisation in organisation.csv` };
  }

  // A bad optional value costs only that value: the rest of the row is still worth having.
  const warnings: string[] = [];
  const keep = <T>(result: { value: T | null; warning?: string }): T | null => {
    if (result.warning) warnings.push(result.warning);
    return result.value;
  };
  const value: ApiInput = {
    importKey: importKeyOf(organisationSlug, row.name),
    organisationSlug,
    name: row.name,
    description: row.description,
    url: keep(optionalUrl("url", row.url)),
    documentationUrl: keep(optionalUrl("documentation", row.documentation)),
    licence: blankToNull(row.license),
    maintainer: blankToNull(row.maintainer),
    areaServed: blankToNull(row.areaServed),
    startDate: keep(optionalDate("startDate", row.startDate)),
    endDate: keep(optionalDate("endDate", row.endDate)),
    dateAdded: keep(optionalDate("dateAdded", row.dateAdded)),
    dateUpdated: keep(optionalDate("dateUpdated", row.dateUpdated)),
  };
  return { ok: true, value, warnings };
}

/** An API whose end date has passed is deprecated; the CSV has no other lifecycle information. */
export function lifecycleFor(endDate: Date | null, now: Date): "live" | "deprecated" {
  return endDate && endDate.getTime() < now.getTime() ? "deprecated" : "live";
}
