/**
 * The public shape of each record in the bulk downloads and the change feed: one item per API,
 * system or connection, as plain JSON values. Every field changes only with an audited write to
 * the record itself (related records are named by their slugs, which never change), so the change
 * feed can keep a copy equal to the download. Its keys are also the CSV's columns.
 */
import type { Prisma } from "@/lib/db";

export const RECORD_KINDS = ["apis", "systems", "connections"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A date-only field as api.gov.uk writes it (YYYY-MM-DD); a moment in full ISO 8601. */
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const moment = (value: Date | null) => (value ? value.toISOString() : null);

export const apiSelect = {
  id: true, slug: true, name: true, description: true, url: true, documentationUrl: true, licence: true, maintainer: true,
  areaServed: true, startDate: true, endDate: true, dateAdded: true, dateUpdated: true, lifecycle: true, deprecatedAt: true,
  sunsetAt: true, visibility: true, authType: true, status: true, servesDataset: true, source: true,
  organisation: { select: { slug: true } }, system: { select: { slug: true } }, tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} satisfies Prisma.ApiSelect;
export type ApiRow = Prisma.ApiGetPayload<{ select: typeof apiSelect }>;

export function apiItem(row: ApiRow, origin: string) {
  return {
    // api.gov.uk's columns, in its order and its form
    dateAdded: day(row.dateAdded),
    dateUpdated: day(row.dateUpdated),
    url: row.url,
    name: row.name,
    description: row.description,
    documentation: row.documentationUrl,
    license: row.licence,
    maintainer: row.maintainer,
    areaServed: row.areaServed,
    startDate: day(row.startDate),
    endDate: day(row.endDate),
    provider: row.organisation.slug,
    // the catalogue's own
    id: row.id,
    slug: row.slug,
    link: `${origin}/apis/${row.slug}`,
    system: row.system?.slug ?? null,
    lifecycle: row.lifecycle,
    deprecatedAt: day(row.deprecatedAt),
    sunsetAt: day(row.sunsetAt),
    visibility: row.visibility,
    authType: row.authType,
    status: row.status,
    tags: row.tags.map((t) => t.tag),
    servesDataset: row.servesDataset,
    source: row.source,
  };
}
export type ApiItem = ReturnType<typeof apiItem>;

export const systemSelect = {
  id: true, slug: true, name: true, description: true, lifecycle: true, hosting: true, ownerTeam: true, ownerEmail: true,
  status: true, example: true, organisation: { select: { slug: true } },
} satisfies Prisma.SystemSelect;
export type SystemRow = Prisma.SystemGetPayload<{ select: typeof systemSelect }>;

export function systemItem(row: SystemRow, origin: string) {
  return {
    id: row.id,
    slug: row.slug,
    link: `${origin}/systems/${row.slug}`,
    name: row.name,
    description: row.description,
    provider: row.organisation.slug,
    lifecycle: row.lifecycle,
    hosting: row.hosting,
    ownerTeam: row.ownerTeam,
    ownerEmail: row.ownerEmail,
    status: row.status,
    example: row.example,
  };
}
export type SystemItem = ReturnType<typeof systemItem>;

const end = { select: { slug: true, organisation: { select: { slug: true } } } } as const;
export const connectionSelect = {
  id: true, description: true, direction: true, technology: true, openStandard: true, personalData: true, personalDataLogged: true,
  frequency: true, lifecycle: true, visibility: true, confirmation: true, disputeReason: true, example: true, updatedAt: true,
  fromSystem: end, toSystem: end, api: { select: { slug: true } },
} satisfies Prisma.ConnectionSelect;
export type ConnectionRow = Prisma.ConnectionGetPayload<{ select: typeof connectionSelect }>;

export function connectionItem(row: ConnectionRow, origin: string) {
  return {
    id: row.id,
    link: `${origin}/connections/${row.id}`,
    fromProvider: row.fromSystem.organisation.slug,
    fromSystem: row.fromSystem.slug,
    toProvider: row.toSystem.organisation.slug,
    toSystem: row.toSystem.slug,
    api: row.api?.slug ?? null,
    description: row.description,
    direction: row.direction,
    technology: row.technology,
    openStandard: row.openStandard,
    personalData: row.personalData,
    personalDataLogged: row.personalDataLogged,
    frequency: row.frequency,
    lifecycle: row.lifecycle,
    visibility: row.visibility,
    confirmation: row.confirmation,
    disputeReason: row.disputeReason,
    example: row.example,
    updated: moment(row.updatedAt),
  };
}
export type ConnectionItem = ReturnType<typeof connectionItem>;

export type RecordItem = ApiItem | SystemItem | ConnectionItem;
