import type { Viewer } from "@/lib/auth/viewer";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { visibleConnectionWhere } from "../visibility";

/** The published systems, not retired, of these organisations (or all), grouped by organisation: the choices of authoritative source. */
export async function sourceSystemChoices(db: Db, viewer: Viewer, organisationIds: string[] | "all") {
  const systems = await db.system.findMany({
    where: { AND: [visibleSystemWhere(viewer), { status: "published", lifecycle: { not: "retired" } }, organisationIds === "all" ? {} : { organisationId: { in: organisationIds } }] },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  const groups = new Map<string, { value: string; text: string }[]>();
  for (const s of systems) groups.set(s.organisation.name, [...(groups.get(s.organisation.name) ?? []), { value: s.id, text: s.name }]);
  return [...groups].map(([label, options]) => ({ label, options }));
}

/** Every core data set, as options naming its owner. */
export async function dataSetChoices(db: Db) {
  const dataSets = await db.dataSet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, organisation: { select: { name: true } } } });
  return dataSets.map((d) => ({ value: d.id, text: `${d.name} (${d.organisation.name})` }));
}

/** The live connections of a system the viewer may see, named by the system at the other end. */
export async function holdingConnectionChoices(db: Db, viewer: Viewer, systemId: string) {
  const connections = await db.connection.findMany({
    where: { AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }, { OR: [{ fromSystemId: systemId }, { toSystemId: systemId }] }] },
    select: { id: true, fromSystemId: true, description: true, fromSystem: { select: { name: true } }, toSystem: { select: { name: true } } },
  });
  return connections
    .map((c) => ({ value: c.id, text: c.fromSystemId === systemId ? `To ${c.toSystem.name}: ${c.description}` : `From ${c.fromSystem.name}: ${c.description}` }))
    .sort((a, b) => a.text.localeCompare(b.text, "en"));
}
