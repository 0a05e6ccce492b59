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

/** One API as lib/open-data/read.ts reads it: its own fields, and its organisation's and system's slugs and its tags joined. */
export type ApiRow = {
  id: string; slug: string; name: string; description: string; url: string | null; documentationUrl: string | null; licence: string | null;
  maintainer: string | null; areaServed: string | null; startDate: Date | null; endDate: Date | null; dateAdded: Date | null; dateUpdated: Date | null;
  lifecycle: string; deprecatedAt: Date | null; sunsetAt: Date | null; visibility: string; authType: string; status: string; servesDataset: boolean;
  source: string; provider: string; system: string | null;
  /** comma-separated, in order */
  tags: string | null;
};

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
    provider: row.provider,
    // the catalogue's own
    id: row.id,
    slug: row.slug,
    link: `${origin}/apis/${row.slug}`,
    system: row.system,
    lifecycle: row.lifecycle,
    deprecatedAt: day(row.deprecatedAt),
    sunsetAt: day(row.sunsetAt),
    visibility: row.visibility,
    authType: row.authType,
    status: row.status,
    tags: row.tags ? row.tags.split(",") : [],
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
