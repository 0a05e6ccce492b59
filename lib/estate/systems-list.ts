import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { visibleConnectionWhere } from "./visibility";

export const SYSTEMS_PAGE_SIZE = 25;

const yesNo = z.enum(["yes", "no"]).optional().catch(undefined);

/** The systems list's filters, from the URL; anything unrecognised is ignored rather than an error. */
export const systemFiltersSchema = z.object({
  organisation: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  api: yesNo,
  connections: yesNo,
  platform: yesNo,
  code: yesNo,
  licence: z.string().regex(/^[A-Za-z0-9.+-]{1,100}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type SystemFilters = z.output<typeof systemFiltersSchema>;

/** The live APIs and connections the viewer may see: a system "has" one only if it is visible to them. */
const liveApis = (viewer: Viewer) => ({ AND: [visibleApiWhere(viewer), { lifecycle: { not: "retired" } }] });
const liveConnections = (viewer: Viewer) => ({ AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }] });

type Facet = "platform" | "code" | "licence";
const OPEN_CODE = { repositoryUrl: { not: null } };

/** The visible systems the filters choose, leaving out `except`'s (to count that filter's values). */
function whereFor(viewer: Viewer, filters: SystemFilters, except?: Facet) {
  const apis = liveApis(viewer);
  const connections = liveConnections(viewer);
  const hasConnection = { OR: [{ connectionsOut: { some: connections } }, { connectionsIn: { some: connections } }] };
  const chosen = (facet: Facet) => facet !== except && filters[facet] !== undefined;
  return {
    AND: [
      visibleSystemWhere(viewer),
      filters.organisation ? { organisation: { slug: filters.organisation } } : {},
      filters.api === "yes" ? { apis: { some: apis } } : filters.api === "no" ? { apis: { none: apis } } : {},
      filters.connections === "yes" ? hasConnection : filters.connections === "no" ? { NOT: hasConnection } : {},
      chosen("platform") ? { sharedPlatform: filters.platform === "yes" } : {},
      chosen("code") ? (filters.code === "yes" ? OPEN_CODE : { repositoryUrl: null }) : {},
      chosen("licence") ? { licence: filters.licence } : {},
    ],
  };
}

/**
 * How many systems each reuse filter's values would show, with the other filters applied but not
 * its own (so choosing "Shared platforms" still says how many are not).
 */
export async function reuseFacets(db: Db, viewer: Viewer, filters: SystemFilters) {
  const [platforms, notPlatforms, code, noCode, licences] = await Promise.all([
    db.system.count({ where: { AND: [whereFor(viewer, filters, "platform"), { sharedPlatform: true }] } }),
    db.system.count({ where: { AND: [whereFor(viewer, filters, "platform"), { sharedPlatform: false }] } }),
    db.system.count({ where: { AND: [whereFor(viewer, filters, "code"), OPEN_CODE] } }),
    db.system.count({ where: { AND: [whereFor(viewer, filters, "code"), { repositoryUrl: null }] } }),
    db.system.groupBy({ by: ["licence"], where: { AND: [whereFor(viewer, filters, "licence"), { licence: { not: null } }] }, _count: { _all: true }, orderBy: { licence: "asc" } }),
  ]);
  return {
    platform: { yes: platforms, no: notPlatforms },
    code: { yes: code, no: noCode },
    licences: licences.map((l) => ({ licence: l.licence!, count: l._count._all })),
  };
}
export type ReuseFacets = Awaited<ReturnType<typeof reuseFacets>>;

/**
 * The systems the viewer may see, filtered by organisation, whether they have an API in the
 * catalogue, whether any connection of theirs is documented and what others may reuse of them
 * (shared platforms, open code, its licence), a page at a time, each with its connections in
 * and out counted as the viewer may see them.
 */
export async function listSystems(db: Db, viewer: Viewer, filters: SystemFilters) {
  const apis = liveApis(viewer);
  const connections = liveConnections(viewer);
  const where = whereFor(viewer, filters);
  const total = await db.system.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SYSTEMS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.system.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * SYSTEMS_PAGE_SIZE,
    take: SYSTEMS_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      name: true,
      lifecycle: true,
      status: true,
      example: true,
      sharedPlatform: true,
      licence: true,
      repositoryUrl: true,
      organisation: { select: { slug: true, name: true } },
      _count: { select: { apis: { where: apis }, connectionsIn: { where: connections }, connectionsOut: { where: connections } } },
    },
  });
  const systems = rows.map(({ _count, ...system }) => ({ ...system, hasApi: _count.apis > 0, connectionsIn: _count.connectionsIn, connectionsOut: _count.connectionsOut }));
  return { systems, total, page, pageCount };
}

/** The organisations that have a system the viewer may see, for the organisation filter. */
export async function systemOrganisations(db: Db, viewer: Viewer) {
  return db.organisation.findMany({ where: { systems: { some: visibleSystemWhere(viewer) } }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** Whether a system has an API in the catalogue that the viewer may see (derived from its APIs). */
export async function systemHasApi(db: Db, viewer: Viewer, systemId: string): Promise<boolean> {
  return (await db.api.count({ where: { AND: [{ systemId }, liveApis(viewer)] } })) > 0;
}
