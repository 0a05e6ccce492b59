/** How /api/v1 writes records: camelCase names, ISO 8601 dates, links as URI references. */
export const V1 = "/api/v1";
export const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
export const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const at = (...parts: string[]) => `${V1}/${parts.map(encodeURIComponent).join("/")}`;
export const links = {
  organisation: (slug: string) => at("organisations", slug),
  api: (slug: string) => at("apis", slug),
  apiRevisions: (slug: string) => at("apis", slug, "spec-revisions"),
  revision: (slug: string, id: string) => at("apis", slug, "spec-revisions", id),
  system: (slug: string) => at("systems", slug),
};

type OrganisationRow = { slug: string; name: string; acronym: string | null; type: string; website: string | null; updatedAt: Date };
export const organisationSummary = (o: { slug: string; name: string }) => ({ slug: o.slug, name: o.name, href: links.organisation(o.slug) });

export function organisationBody(o: OrganisationRow) {
  return {
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    type: o.type,
    website: o.website,
    updatedAt: iso(o.updatedAt),
    links: { self: links.organisation(o.slug), html: `/organisations/${encodeURIComponent(o.slug)}`, apis: `${V1}/apis?organisation=${encodeURIComponent(o.slug)}` },
  };
}

export type ApiRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  url: string | null;
  documentationUrl: string | null;
  licence: string | null;
  maintainer: string | null;
  areaServed: string | null;
  startDate: Date | null;
  dateAdded: Date | null;
  dateUpdated: Date | null;
  lifecycle: string;
  deprecatedAt: Date | null;
  sunsetAt: Date | null;
  visibility: string;
  authType: string;
  status: string;
  hasSpec: boolean;
  standardsScore: number | null;
  servesDataset: boolean;
  updatedAt: Date;
  organisation: { slug: string; name: string };
  system: { slug: string; name: string } | null;
  tags: { tag: string }[];
};

export const API_SELECT = {
  id: true, slug: true, name: true, description: true, url: true, documentationUrl: true, licence: true, maintainer: true, areaServed: true,
  startDate: true, dateAdded: true, dateUpdated: true, lifecycle: true, deprecatedAt: true, sunsetAt: true, visibility: true, authType: true,
  status: true, hasSpec: true, standardsScore: true, servesDataset: true, updatedAt: true,
  organisation: { select: { slug: true, name: true } },
  system: { select: { slug: true, name: true } },
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} as const;

export function apiBody(a: ApiRow) {
  return {
    id: a.id,
    slug: a.slug,
    name: a.name,
    description: a.description,
    organisation: organisationSummary(a.organisation),
    system: a.system ? { slug: a.system.slug, name: a.system.name, href: links.system(a.system.slug) } : null,
    status: a.status,
    lifecycle: a.lifecycle,
    visibility: a.visibility,
    authType: a.authType,
    url: a.url,
    documentationUrl: a.documentationUrl,
    licence: a.licence,
    maintainer: a.maintainer,
    areaServed: a.areaServed,
    tags: a.tags.map((t) => t.tag),
    servesDataset: a.servesDataset,
    hasSpec: a.hasSpec,
    standardsScore: a.standardsScore,
    startDate: isoDate(a.startDate),
    deprecatedAt: isoDate(a.deprecatedAt),
    sunsetAt: isoDate(a.sunsetAt),
    dateAdded: iso(a.dateAdded),
    dateUpdated: iso(a.dateUpdated),
    updatedAt: iso(a.updatedAt),
    links: { self: links.api(a.slug), html: `/apis/${encodeURIComponent(a.slug)}`, specRevisions: links.apiRevisions(a.slug) },
  };
}
