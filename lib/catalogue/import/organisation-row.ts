import { z } from "zod";
import { LIMITS, blankToNull, limited, normaliseId, reasonsOf, required, type RowResult } from "./fields";
import { inferOrganisationType, type OrganisationType } from "./organisation-type";

export type OrganisationInput = {
  slug: string;
  name: string;
  acronym: string | null;
  website: string | null;
  type: OrganisationType;
};

export const ORGANISATION_COLUMNS = ["id", "name", "alternateName", "url"] as const;

const organisationRow = z.object({
  id: required("id", LIMITS.other),
  name: required("name", LIMITS.other),
  alternateName: limited("alternateName", LIMITS.other),
  url: limited("url", LIMITS.url),
});

/** Turns one organisation.csv row into the values stored, or the reason it cannot be kept. */
export function normaliseOrganisationRow(values: Record<string, string>): RowResult<OrganisationInput> {
  const parsed = organisationRow.safeParse(values);
  if (!parsed.success) return { ok: false, reason: reasonsOf(parsed.error) };
  const row = parsed.data;
  const slug = normaliseId(row.id);
  const warnings: string[] = [];
  const website = normaliseWebsite(row.url, warnings);
  return {
    ok: true,
    value: { slug, name: row.name, acronym: blankToNull(row.alternateName), website, type: inferOrganisationType(slug, row.name) },
    warnings,
  };
}

/** A bare domain ("www.insolvency.gov.uk") gets https:// in front; anything else not http(s) is dropped. */
function normaliseWebsite(raw: string, warnings: string[]): string | null {
  if (!raw) return null;
  const httpUrl = z.url({ protocol: /^https?$/ });
  if (httpUrl.safeParse(raw).success) return raw;
  const bareDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;
  if (bareDomain.test(raw) && httpUrl.safeParse(`https://${raw}`).success) {
    warnings.push(`url "${raw}" has no https://, so https://${raw} was stored`);
    return `https://${raw}`;
  }
  warnings.push(`url "${raw}" is not an http or https address, so it was left out`);
  return null;
}
