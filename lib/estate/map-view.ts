import { MultiDirectedGraph } from "graphology";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { drawnView, type Drawn } from "./clusters";
import { loadEstateFor } from "./estate-data";
import { dataSetFlows, type DataSetFlows } from "./data-sets/report";
import { dataSetView, estateView, highlighted, type Estate, type EstateConnection, type EstateGraph, type SystemNode } from "./graph";
import { positionsFor } from "./layout-store";
import { drawnQuery, type MapQuery } from "./map-query";
import { describeChain, shortestChains } from "./paths";
import { EDGE, NODE, type MapPayload } from "./map-payload";
import { TECHNOLOGIES } from "./vocabulary";

export type PathEnd = { slug: string; name: string } | null;
export type PathResult = { from: PathEnd; to: PathEnd; chains: { systems: string[]; words: string[] }[] };
/** `dataSet`: in the data-set view, the core data set whose flows are shown. */
export type EstateMap = { query: MapQuery; estate: Estate; graph: EstateGraph; drawn: Drawn; path: PathResult | null; focusFound: boolean; dataSet: DataSetFlows | null };

/** The system a person means by a name or slug: the exact one, else the only one whose name contains it. */
export function systemNamed(estate: Estate, text: string) {
  const t = text.toLowerCase();
  const exact = estate.systems.find((s) => s.slug === t) ?? estate.systems.find((s) => s.name.toLowerCase() === t);
  if (exact) return exact;
  const containing = estate.systems.filter((s) => s.name.toLowerCase().includes(t));
  return containing.length === 1 ? containing[0] : undefined;
}

/** The map a query asks for, as this viewer may see it: the view, what is drawn of it, and the path asked about. */
export async function estateMap(db: Db, viewer: Viewer, query: MapQuery): Promise<EstateMap> {
  const estate = await loadEstateFor(db, viewer, query);
  const { graph, filtered } = estateView(estate, query);
  if (query.view === "data-set") {
    // A data set's source and every copy, with the connections that feed them, each system drawn.
    const dataSet = query.focus ? await dataSetFlows(db, viewer, query.focus) : null;
    const shown = dataSet ? dataSetView(filtered, dataSet.holdings) : new MultiDirectedGraph<SystemNode, EstateConnection>();
    return { query, estate, graph: shown, drawn: drawnView(shown, estate.organisations, "all"), path: null, focusFound: dataSet !== null, dataSet };
  }
  const focusFound = query.view === "estate" || graph.order > 0;
  if (!(query.from && query.to)) return { query, estate, graph, drawn: drawnView(graph, estate.organisations, query.expand), path: null, focusFound, dataSet: null };
  const [from, to] = [systemNamed(estate, query.from), systemNamed(estate, query.to)];
  const chains = from && to ? shortestChains(filtered, from.id, to.id) : [];
  // A path is shown on its own: its systems and connections, whatever the view.
  const shown: EstateGraph = new MultiDirectedGraph();
  for (const chain of chains) {
    for (const id of chain.systems) shown.mergeNode(id, filtered.getNodeAttributes(id));
    for (const id of chain.connections) if (!shown.hasEdge(id)) shown.addEdgeWithKey(id, filtered.source(id), filtered.target(id), filtered.getEdgeAttributes(id));
  }
  const end = (s: typeof from): PathEnd => (s ? { slug: s.slug, name: s.name } : null);
  const path = { from: end(from), to: end(to), chains: chains.map((c) => ({ systems: c.systems.map((id) => filtered.getNodeAttribute(id, "slug")), words: describeChain(filtered, estate.organisations, c) })) };
  return { query, estate, graph: shown, drawn: drawnView(shown, estate.organisations, "all"), path, focusFound, dataSet: null };
}

/** The map as the browser draws it: positioned (lib/estate/layout-store.ts) and compact (./map-payload.ts). */
export async function mapPayload(db: Db, map: EstateMap): Promise<MapPayload> {
  const { estate, drawn, query } = map;
  // In a data-set view, replicas not kept in step are picked out as highlights are.
  const replicas = new Set(map.dataSet?.holdings.filter((h) => h.kind === "replica").map((h) => h.systemId));
  const systems = estate.systems.map((s) => ({ id: s.id, organisationId: s.organisationId }));
  const positions = await positionsFor(db, systems);
  const organisationIndex = new Map(estate.organisations.map((o, i) => [o.id, i]));
  // An organisation drawn as one node sits at the middle of its systems.
  const centres = new Map<string, [number, number, number]>();
  for (const s of estate.systems) {
    const [x, y] = positions[s.id]!;
    const c = centres.get(s.organisationId) ?? [0, 0, 0];
    centres.set(s.organisationId, [c[0] + x, c[1] + y, c[2] + 1]);
  }
  const index = new Map(drawn.nodes.map((n, i) => [n.key, i]));
  const nodes = drawn.nodes.map((n): MapPayload["nodes"][number] => {
    if (n.kind === "organisation") {
      const [x, y, count] = centres.get(n.organisation.id)!;
      return [n.key, `${n.organisation.name} (${n.systems} systems)`, x / count, y / count, organisationIndex.get(n.organisation.id)!, Math.min(24, 4 + 2 * Math.sqrt(n.systems)), NODE.organisation];
    }
    const s = n.system;
    const flags = (highlighted(s, query) || replicas.has(s.id) ? NODE.highlighted : 0) | (s.slug === query.focus && query.view === "system" ? NODE.focus : 0) | (s.example ? NODE.example : 0) | (s.noApi ? NODE.noApi : 0);
    const [x, y] = positions[s.id]!;
    return [n.key, s.name, x, y, organisationIndex.get(s.organisationId)!, 4, flags];
  });
  const edges = drawn.edges.map((e): MapPayload["edges"][number] => {
    const [source, target] = [index.get(e.source)!, index.get(e.target)!];
    if (e.kind === "bundle") return [source, target, -1, EDGE.bundle, e.count];
    const c = e.connection;
    const flags = (c.direction === "both" ? EDGE.both : 0) | (c.confirmation === "unconfirmed" ? EDGE.unconfirmed : 0) | (c.confirmation === "disputed" ? EDGE.disputed : 0) | (c.personalData ? EDGE.personalData : 0);
    return [source, target, TECHNOLOGIES.indexOf(c.technology as never), flags, 1];
  });
  return { key: drawnQuery(query), organisations: estate.organisations.map((o) => [o.slug, o.name]), nodes, edges };
}
