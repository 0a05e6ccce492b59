import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { visibleConnectionWhere } from "../visibility";
import { HOLDING_KINDS, type HoldingKind } from "./rules";

const ORGANISATION = { select: { id: true, slug: true, name: true } } as const;

/**
 * Core data sets (all of them, or the one with `slug`), each with every system that holds it and
 * how, sources first then copies then replicas. A holding's connection is named only to those
 * who may see it.
 */
export async function dataSetsWithHolders(db: Db, viewer: Viewer, slug?: string) {
  const dataSets = await db.dataSet.findMany({
    where: slug ? { slug } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: {
      organisation: ORGANISATION,
      holdings: {
        where: { system: visibleSystemWhere(viewer) },
        include: { system: { select: { id: true, slug: true, name: true, example: true, organisation: ORGANISATION } }, connection: { select: { id: true } } },
      },
    },
  });
  const connectionIds = dataSets.flatMap((d) => d.holdings.flatMap((h) => (h.connectionId ? [h.connectionId] : [])));
  const seen = new Set((await db.connection.findMany({ where: { AND: [{ id: { in: connectionIds } }, visibleConnectionWhere(viewer)] }, select: { id: true } })).map((c) => c.id));
  const rank = (kind: string) => HOLDING_KINDS.indexOf(kind as HoldingKind);
  return dataSets.map((d) => ({
    ...d,
    holdings: d.holdings
      .map((h) => ({ ...h, kind: h.kind as HoldingKind, connectionId: h.connectionId && seen.has(h.connectionId) ? h.connectionId : null }))
      .sort((a, b) => rank(a.kind) - rank(b.kind) || a.system.name.localeCompare(b.system.name, "en")),
  }));
}
export type DataSetWithHolders = Awaited<ReturnType<typeof dataSetsWithHolders>>[number];

export type Tally = { holdings: number; inStep: number; replicas: number };
const tally = (): Tally => ({ holdings: 0, inStep: 0, replicas: 0 });

/**
 * The replication report's figures: for each organisation whose systems hold core data sets, and
 * overall, how many copies its systems keep in step and how many replicas (copies not kept in
 * step, flagged: "data should be gathered from core data sets and should not replicate core data").
 */
export function replicationSummary(dataSets: DataSetWithHolders[]) {
  const overall = tally();
  const byOrganisation = new Map<string, { organisation: { slug: string; name: string }; tally: Tally }>();
  for (const h of dataSets.flatMap((d) => d.holdings)) {
    const entry = byOrganisation.get(h.system.organisation.id) ?? { organisation: h.system.organisation, tally: tally() };
    byOrganisation.set(h.system.organisation.id, entry);
    for (const t of [overall, entry.tally]) {
      t.holdings++;
      if (h.kind === "in-step") t.inStep++;
      if (h.kind === "replica") t.replicas++;
    }
  }
  const organisations = [...byOrganisation.values()].sort((a, b) => b.tally.replicas - a.tally.replicas || a.organisation.name.localeCompare(b.organisation.name, "en"));
  return { overall, organisations };
}

/** The core data sets a system holds, and how (holdings are public, as the systems that declare them are published). */
export async function holdingsOfSystem(db: Db, systemId: string) {
  return db.dataSetHolding.findMany({ where: { systemId }, orderBy: { dataSet: { name: "asc" } }, select: { id: true, kind: true, dataSet: { select: { slug: true, name: true } } } });
}

/** One core data set's holders for the map's data-set view: which systems, how, and through which connection. */
export async function dataSetFlows(db: Db, viewer: Viewer, slug: string) {
  const [dataSet] = await dataSetsWithHolders(db, viewer, slug);
  if (!dataSet) return null;
  return { slug: dataSet.slug, name: dataSet.name, holdings: dataSet.holdings.map((h) => ({ systemId: h.system.id, name: h.system.name, slug: h.system.slug, kind: h.kind, connectionId: h.connectionId })) };
}
export type DataSetFlows = NonNullable<Awaited<ReturnType<typeof dataSetFlows>>>;

/** A holding the viewer may stop (a copy or replica of a system they publish for), or null. */
export async function holdingToRelease(db: Db, viewer: Viewer, id: string) {
  const holding = await db.dataSetHolding.findFirst({
    where: { id, kind: { not: "source" }, system: visibleSystemWhere(viewer) },
    select: { id: true, kind: true, system: { select: { name: true, slug: true, organisationId: true } }, dataSet: { select: { name: true, slug: true } } },
  });
  return holding && can(viewer, "dataset.hold", { organisationId: holding.system.organisationId }) ? holding : null;
}
