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
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type SystemFilters = z.output<typeof systemFiltersSchema>;

/** The live APIs and connections the viewer may see: a system "has" one only if it is visible to them. */
const liveApis = (viewer: Viewer) => ({ AND: [visibleApiWhere(viewer), { lifecycle: { not: "retired" } }] });
const liveConnections = (viewer: Viewer) => ({ AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }] });

/**
 * The systems the viewer may see, filtered by organisation, whether they have an API in the
 * catalogue and whether any connection of theirs is documented, a page at a time, each with its
 * connections in and out counted as the viewer may see them.
 */
export async function listSystems(db: Db, viewer: Viewer, filters: SystemFilters) {
  const apis = liveApis(viewer);
  const connections = liveConnections(viewer);
  const hasConnection = { OR: [{ connectionsOut: { some: connections } }, { connectionsIn: { some: connections } }] };
  const where = {
    AND: [
      visibleSystemWhere(viewer),
      filters.organisation ? { organisation: { slug: filters.organisation } } : {},
      filters.api === "yes" ? { apis: { some: apis } } : filters.api === "no" ? { apis: { none: apis } } : {},
      filters.connections === "yes" ? hasConnection : filters.connections === "no" ? { NOT: hasConnection } : {},
    ],
  };
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
