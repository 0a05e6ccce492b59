import { MultiDirectedGraph } from "graphology";
import type { MapQuery } from "./map-query";

/** What the map knows of the estate: only what the viewer may see (lib/estate/estate-data.ts). */
export type EstateOrganisation = { id: string; slug: string; name: string };
export type EstateSystem = { id: string; slug: string; name: string; organisationId: string; lifecycle: string; hasApi: boolean; example: boolean };
export type EstateConnection = {
  id: string;
  fromSystemId: string;
  toSystemId: string;
  description: string;
  direction: string;
  technology: string;
  openStandard: boolean;
  personalData: boolean;
  lifecycle: string;
  confirmation: string;
};
export type Estate = { organisations: EstateOrganisation[]; systems: EstateSystem[]; connections: EstateConnection[] };

export type SystemNode = EstateSystem & { noApi: boolean; noConnection: boolean };
export type EstateGraph = MultiDirectedGraph<SystemNode, EstateConnection>;

/** Systems are nodes keyed by id; connections are edges from sender to receiver keyed by id. */
export function buildEstateGraph(estate: Estate): EstateGraph {
  const graph: EstateGraph = new MultiDirectedGraph();
  for (const s of estate.systems) graph.addNode(s.id, { ...s, noApi: !s.hasApi, noConnection: false });
  for (const c of estate.connections) {
    if (graph.hasNode(c.fromSystemId) && graph.hasNode(c.toSystemId)) graph.addEdgeWithKey(c.id, c.fromSystemId, c.toSystemId, c);
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, "noConnection", graph.degree(id) === 0));
  return graph;
}

/** Whether a connection passes the query's filters (technology, open standard, personal data, lifecycle, confirmation). */
export function connectionMatches(c: EstateConnection, q: MapQuery): boolean {
  return (
    (!q.technology.length || q.technology.includes(c.technology as never)) &&
    (q.openStandard === undefined || c.openStandard === q.openStandard) &&
    (q.personalData === undefined || c.personalData === q.personalData) &&
    (!q.lifecycle.length || q.lifecycle.includes(c.lifecycle as never)) &&
    (!q.confirmation.length || q.confirmation.includes(c.confirmation as never))
  );
}

/** The estate with the filters applied: systems of the chosen organisations, connections that match between them. */
export function filteredGraph(graph: EstateGraph, estate: Estate, q: MapQuery): EstateGraph {
  const filtering = q.organisation.length || q.technology.length || q.lifecycle.length || q.confirmation.length || q.openStandard !== undefined || q.personalData !== undefined;
  if (!filtering) return graph;
  const organisations = q.organisation.length ? new Set(estate.organisations.filter((o) => q.organisation.includes(o.slug)).map((o) => o.id)) : null;
  const result: EstateGraph = new MultiDirectedGraph();
  graph.forEachNode((id, attributes) => {
    if (!organisations || organisations.has(attributes.organisationId)) result.addNode(id, attributes);
  });
  graph.forEachEdge((id, c, from, to) => {
    if (result.hasNode(from) && result.hasNode(to) && connectionMatches(c, q)) result.addEdgeWithKey(id, from, to, c);
  });
  return result;
}

/** The part of a graph made of these systems and these connections. */
function part(graph: EstateGraph, nodes: Iterable<string>, edges: Iterable<string>): EstateGraph {
  const result: EstateGraph = new MultiDirectedGraph();
  for (const id of nodes) result.addNode(id, graph.getNodeAttributes(id));
  for (const id of edges) result.addEdgeWithKey(id, graph.source(id), graph.target(id), graph.getEdgeAttributes(id));
  return result;
}

/** An organisation's systems, their connections, and the systems at the other end of those. */
export function organisationView(graph: EstateGraph, organisationId: string): EstateGraph {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.organisationId !== organisationId) return;
    nodes.add(id);
    graph.forEachEdge(id, (edge, _c, from, to) => {
      edges.add(edge);
      nodes.add(from).add(to);
    });
  });
  return part(graph, nodes, edges);
}

/**
 * The systems within `depth` connections of one (either direction), and the connections that
 * reach them: every connection of a system fewer than `depth` steps away.
 */
export function neighbourhoodView(graph: EstateGraph, systemId: string, depth: number): EstateGraph {
  if (!graph.hasNode(systemId)) return new MultiDirectedGraph();
  const nodes = new Set([systemId]);
  const edges = new Set<string>();
  let frontier = [systemId];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (edge, _c, from, to) => {
        edges.add(edge);
        for (const end of [from, to]) {
          if (!nodes.has(end)) {
            nodes.add(end);
            next.push(end);
          }
        }
      });
    }
    frontier = next;
  }
  return part(graph, nodes, edges);
}

/**
 * The flows of one core data set: the systems holding it and the connections that keep copies in
 * step with its source (those the filters and the viewer let through).
 */
export function dataSetView(graph: EstateGraph, holdings: { systemId: string; connectionId: string | null }[]): EstateGraph {
  const nodes = holdings.map((h) => h.systemId).filter((id) => graph.hasNode(id));
  const edges = holdings.flatMap((h) => (h.connectionId && graph.hasEdge(h.connectionId) ? [h.connectionId] : []));
  return part(graph, new Set(nodes), new Set(edges));
}

/** The view the query asks for, filtered: the whole estate, one organisation's, or one system's neighbourhood. */
export function estateView(estate: Estate, q: MapQuery): { graph: EstateGraph; whole: EstateGraph; filtered: EstateGraph } {
  const whole = buildEstateGraph(estate);
  const filtered = filteredGraph(whole, estate, q);
  if (q.view === "organisation") {
    const organisation = estate.organisations.find((o) => o.slug === q.focus);
    return { graph: organisation ? organisationView(filtered, organisation.id) : new MultiDirectedGraph(), whole, filtered };
  }
  if (q.view === "system") {
    const system = estate.systems.find((s) => s.slug === q.focus);
    return { graph: system ? neighbourhoodView(filtered, system.id, q.depth) : new MultiDirectedGraph(), whole, filtered };
  }
  return { graph: filtered, whole, filtered };
}

/** Whether a system is picked out by the query's highlights (no API, no documented connection). */
export function highlighted(node: SystemNode, q: MapQuery): boolean {
  return (q.highlight.includes("no-api") && node.noApi) || (q.highlight.includes("no-connection") && node.noConnection);
}
