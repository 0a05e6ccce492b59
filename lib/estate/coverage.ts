import type { Viewer } from "@/lib/auth/viewer";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { visibleConnectionWhere } from "./visibility";

/**
 * How much of the estate is documented, after the reference architecture's aims ("every system
 * has an API", "every system and its connections to every other system are documented", "every
 * system produces data in an open standard format"). The maturity model reads these figures.
 */
export const COVERAGE_MEASURES = [
  { key: "systemsWithApi", of: "systems", label: "Systems with an API in the catalogue" },
  { key: "systemsConnected", of: "systems", label: "Systems with at least one documented connection" },
  { key: "connectionsConfirmed", of: "connections", label: "Connections confirmed by both ends" },
  { key: "connectionsOpenStandard", of: "connections", label: "Connections over open standards" },
  { key: "connectionsThroughApi", of: "connections", label: "Connections through catalogued APIs" },
] as const;

export type CoverageKey = (typeof COVERAGE_MEASURES)[number]["key"];

/** `count` of `total`; `share` is count / total (0 to 1), or null when there is nothing to count. */
export type Measure = { count: number; total: number; share: number | null };

/** `examples`: how many of the systems counted belong to the example estate (demo only). */
export type CoverageFigures = { systems: number; examples: number; connections: number; measures: Record<CoverageKey, Measure> };

export type OrganisationCoverage = CoverageFigures & { organisation: { id: string; slug: string; name: string; acronym: string | null } };

export type Coverage = { overall: CoverageFigures; organisations: OrganisationCoverage[] };

type Tally = { systems: number; examples: number; withApi: number; connected: number; connections: number; confirmed: number; open: number; throughApi: number };

const emptyTally = (): Tally => ({ systems: 0, examples: 0, withApi: 0, connected: 0, connections: 0, confirmed: 0, open: 0, throughApi: 0 });

const measure = (count: number, total: number): Measure => ({ count, total, share: total ? count / total : null });

function figures(t: Tally): CoverageFigures {
  return {
    systems: t.systems,
    examples: t.examples,
    connections: t.connections,
    measures: {
      systemsWithApi: measure(t.withApi, t.systems),
      systemsConnected: measure(t.connected, t.systems),
      connectionsConfirmed: measure(t.confirmed, t.connections),
      connectionsOpenStandard: measure(t.open, t.connections),
      connectionsThroughApi: measure(t.throughApi, t.connections),
    },
  };
}

/**
 * Coverage of the estate this viewer may see, overall and per organisation (those with a system
 * or a connection they may see), or for one organisation only. Retired systems and retired
 * connections are left out; a connection is counted only where the viewer may see it and both
 * of its systems, and once for each organisation at either end (once overall). A fixed number of
 * queries whatever the estate's size: systems with their counts, connections grouped by their
 * ends and flags, those through an API the viewer may see, the organisations' names (and, for
 * one organisation, the other ends' systems).
 */
export async function estateCoverage(db: Db, viewer: Viewer, options: { organisationId?: string } = {}): Promise<Coverage> {
  const current = { lifecycle: { not: "retired" } };
  const connectionWhere = { AND: [visibleConnectionWhere(viewer), current] };
  const only = options.organisationId;
  const ofOrganisation = only ? { OR: [{ fromSystem: { organisationId: only } }, { toSystem: { organisationId: only } }] } : {};

  const [systems, groups, throughApi] = await Promise.all([
    db.system.findMany({
      where: { AND: [visibleSystemWhere(viewer), only ? { organisationId: only } : {}] },
      select: {
        id: true,
        organisationId: true,
        lifecycle: true,
        example: true,
        _count: {
          select: {
            apis: { where: { AND: [visibleApiWhere(viewer), current] } },
            connectionsOut: { where: connectionWhere },
            connectionsIn: { where: connectionWhere },
          },
        },
      },
    }),
    db.connection.groupBy({
      by: ["fromSystemId", "toSystemId", "confirmation", "openStandard"],
      where: { AND: [connectionWhere, ofOrganisation] },
      _count: { _all: true },
    }),
    db.connection.groupBy({
      by: ["fromSystemId", "toSystemId"],
      where: { AND: [connectionWhere, ofOrganisation, { api: visibleApiWhere(viewer) }] },
      _count: { _all: true },
    }),
  ]);

  // The other end of a connection may belong to another organisation: its systems are looked up too.
  const organisationOf = new Map(systems.map((s) => [s.id, s.organisationId]));
  const missing = [...new Set(groups.flatMap((g) => [g.fromSystemId, g.toSystemId]))].filter((id) => !organisationOf.has(id));
  if (missing.length) {
    for (const s of await db.system.findMany({ where: { id: { in: missing } }, select: { id: true, organisationId: true } })) organisationOf.set(s.id, s.organisationId);
  }

  const overall = emptyTally();
  const perOrganisation = new Map<string, Tally>();
  const tallyOf = (organisationId: string) => {
    let tally = perOrganisation.get(organisationId);
    if (!tally) perOrganisation.set(organisationId, (tally = emptyTally()));
    return tally;
  };
  /** The tallies a connection between two systems counts in: overall, and each end's organisation once. */
  const talliesFor = (fromSystemId: string, toSystemId: string) => {
    const ends = new Set([organisationOf.get(fromSystemId)!, organisationOf.get(toSystemId)!]);
    return [overall, ...[...ends].filter((id) => !only || id === only).map(tallyOf)];
  };

  for (const s of systems) {
    if (s.lifecycle === "retired") continue;
    const connected = s._count.connectionsOut + s._count.connectionsIn > 0;
    for (const t of [overall, tallyOf(s.organisationId)]) {
      t.systems++;
      if (s.example) t.examples++;
      if (s._count.apis > 0) t.withApi++;
      if (connected) t.connected++;
    }
  }
  for (const g of groups) {
    for (const t of talliesFor(g.fromSystemId, g.toSystemId)) {
      t.connections += g._count._all;
      if (g.confirmation === "confirmed") t.confirmed += g._count._all;
      if (g.openStandard) t.open += g._count._all;
    }
  }
  for (const g of throughApi) for (const t of talliesFor(g.fromSystemId, g.toSystemId)) t.throughApi += g._count._all;

  const names = await db.organisation.findMany({ where: { id: { in: [...perOrganisation.keys()] } }, select: { id: true, slug: true, name: true, acronym: true } });
  const organisations = names
    .map((organisation) => ({ organisation, ...figures(perOrganisation.get(organisation.id)!) }))
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  return { overall: figures(overall), organisations };
}

/** A share as a whole percentage for people ("67%"), or a dash when there is nothing to count. */
export function formatShare(m: Measure): string {
  return m.share === null ? "–" : `${Math.round(m.share * 100)}%`;
}
