import type { Viewer } from "@/lib/auth/viewer";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { engineOfClient, type Db } from "@/lib/db";
import type { Estate, EstateConnection } from "./graph";
import type { MapQuery } from "./map-query";
import { visibleConnectionWhere } from "./visibility";

const CONNECTION_FIELDS = {
  id: true,
  fromSystemId: true,
  toSystemId: true,
  description: true,
  direction: true,
  technology: true,
  openStandard: true,
  personalData: true,
  lifecycle: true,
  confirmation: true,
} as const;

async function systemsWhere(db: Db, viewer: Viewer, where: object) {
  const rows = await db.system.findMany({
    where: { AND: [visibleSystemWhere(viewer), where] },
    select: { id: true, slug: true, name: true, organisationId: true, lifecycle: true, example: true, _count: { select: { apis: { where: visibleApiWhere(viewer) } } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, hasApi: _count.apis > 0 }));
}

async function organisationsOf(db: Db, ids: Iterable<string>) {
  return db.organisation.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

/** Every system and connection the viewer may see, and their organisations. */
export async function loadEstate(db: Db, viewer: Viewer): Promise<Estate> {
  const [systems, connections] = await Promise.all([
    systemsWhere(db, viewer, {}),
    db.connection.findMany({ where: visibleConnectionWhere(viewer), select: CONNECTION_FIELDS, orderBy: { id: "asc" } }),
  ]);
  return { organisations: await organisationsOf(db, systems.map((s) => s.organisationId)), systems, connections };
}

/**
 * Only as much of the estate as a view needs: for a system's neighbourhood, the connections of
 * each system fewer than `depth` steps away (so the graph's own walk, with the filters, finds the
 * same neighbourhood as on the whole estate); for an organisation, its systems' connections. The
 * whole estate otherwise, and for a path (which may go anywhere).
 */
export async function loadEstateFor(db: Db, viewer: Viewer, q: MapQuery): Promise<Estate> {
  if (q.from && q.to) return loadEstate(db, viewer);
  if (q.view === "system" && q.focus) {
    const start = await db.system.findFirst({ where: { slug: q.focus, ...visibleSystemWhere(viewer) }, select: { id: true } });
    if (!start) return { organisations: [], systems: [], connections: [] };
    const seen = new Set([start.id]);
    const connections = new Map<string, EstateConnection>();
    let frontier = [start.id];
    for (let step = 0; step < q.depth && frontier.length; step++) {
      const found = await db.connection.findMany({
        where: { AND: [visibleConnectionWhere(viewer), { OR: [{ fromSystemId: { in: frontier } }, { toSystemId: { in: frontier } }] }] },
        select: CONNECTION_FIELDS,
      });
      frontier = [];
      for (const c of found) {
        connections.set(c.id, c);
        for (const end of [c.fromSystemId, c.toSystemId]) if (!seen.has(end) && seen.add(end)) frontier.push(end);
      }
    }
    const systems = await systemsWhere(db, viewer, { id: { in: [...seen] } });
    return { organisations: await organisationsOf(db, systems.map((s) => s.organisationId)), systems, connections: [...connections.values()] };
  }
  if (q.view === "organisation" && q.focus) {
    const organisation = { organisation: { slug: q.focus } };
    const connections = await db.connection.findMany({
      where: { AND: [visibleConnectionWhere(viewer), { OR: [{ fromSystem: organisation }, { toSystem: organisation }] }] },
      select: CONNECTION_FIELDS,
    });
    const systems = await systemsWhere(db, viewer, { OR: [organisation, { id: { in: connections.flatMap((c) => [c.fromSystemId, c.toSystemId]) } }] });
    return { organisations: await organisationsOf(db, systems.map((s) => s.organisationId)), systems, connections };
  }
  return loadEstate(db, viewer);
}

/** Systems the viewer may see whose name contains the text, whatever its case (the first 20, by name). */
export async function findSystems(db: Db, viewer: Viewer, text: string) {
  const contains = engineOfClient(db) === "sqlite" ? { contains: text } : { contains: text, mode: "insensitive" as const };
  return db.system.findMany({
    where: { AND: [visibleSystemWhere(viewer), { name: contains }] },
    select: { slug: true, name: true, organisation: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 20,
  });
}

/** The organisations with a system the viewer may see, for the map's organisation filter. */
export async function estateOrganisations(db: Db, viewer: Viewer) {
  return db.organisation.findMany({ where: { systems: { some: visibleSystemWhere(viewer) } }, select: { slug: true, name: true }, orderBy: { name: "asc" } });
}
