import type { Db } from "@/lib/db";
import { visibleApiWhere, visibleSystemWhere, type Viewer } from "./visibility";

export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  "ministerial-department": "Ministerial department",
  "non-ministerial-department": "Non-ministerial department",
  "executive-agency": "Executive agency",
  "public-body": "Public body",
  "local-authority": "Local authority",
  "devolved-administration": "Devolved administration",
  other: "Other public sector body",
};

/** Every organisation with the number of APIs the viewer may see, largest publishers first. */
export async function listOrganisations(db: Db, viewer: Viewer) {
  const organisations = await db.organisation.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { apis: { where: visibleApiWhere(viewer) }, systems: { where: visibleSystemWhere(viewer) } } } },
  });
  return organisations.map((o) => ({ ...o, apiCount: o._count.apis, systemCount: o._count.systems }));
}

/** One organisation with its systems and the APIs the viewer may see. */
export async function getOrganisation(db: Db, viewer: Viewer, slug: string) {
  return db.organisation.findUnique({
    where: { slug },
    include: {
      systems: {
        where: visibleSystemWhere(viewer),
        orderBy: { name: "asc" },
        include: { apis: { where: visibleApiWhere(viewer), orderBy: { name: "asc" }, select: { slug: true, name: true, lifecycle: true } } },
      },
      apis: { where: visibleApiWhere(viewer), orderBy: { name: "asc" }, select: { slug: true, name: true, lifecycle: true, systemId: true, description: true, status: true } },
    },
  });
}

/** The headline figures on the home page and the dashboard. */
export async function catalogueStatistics(db: Db, viewer: Viewer) {
  const where = visibleApiWhere(viewer);
  const [apis, organisations, withSpec, byOrganisation] = await Promise.all([
    db.api.count({ where }),
    db.organisation.count({ where: { apis: { some: where } } }),
    db.api.count({ where: { ...where, hasSpec: true } }),
    db.api.groupBy({ by: ["organisationId"], where, _count: { _all: true } }),
  ]);
  const names = await db.organisation.findMany({ where: { id: { in: byOrganisation.map((g) => g.organisationId) } }, select: { id: true, slug: true, name: true, acronym: true } });
  const byId = new Map(names.map((n) => [n.id, n]));
  const perOrganisation = byOrganisation
    .map((g) => ({ ...byId.get(g.organisationId)!, count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { apis, organisations, withSpec, perOrganisation };
}
