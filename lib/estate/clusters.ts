import type { EstateConnection, EstateGraph, EstateOrganisation, SystemNode } from "./graph";

/** Beyond this many systems in view the map is unreadable (and slow), so organisations collapse. */
export const CLUSTER_THRESHOLD = 300;

export type DrawnNode =
  | { kind: "system"; key: string; system: SystemNode }
  | { kind: "organisation"; key: string; organisation: EstateOrganisation; systems: number; connectionsWithin: number };
export type DrawnEdge =
  | { kind: "connection"; key: string; source: string; target: string; connection: EstateConnection }
  /** the connections between two drawn nodes of which at least one is a collapsed organisation, counted */
  | { kind: "bundle"; key: string; source: string; target: string; count: number };
export type Drawn = { nodes: DrawnNode[]; edges: DrawnEdge[]; collapsed: number; systemsInView: number };

export const clusterKey = (organisationSlug: string) => `organisation:${organisationSlug}`;

/**
 * What the map draws of a view: every system, or, past `threshold` systems, each organisation
 * not expanded as one node (its systems counted) with the connections to and from it bundled
 * into one edge per pair of drawn nodes, weighted by how many connections it stands for.
 * Systems are keyed by slug, so the keys are the ones in the URL.
 */
export function drawnView(graph: EstateGraph, organisations: EstateOrganisation[], expand: string[] | "all", threshold = CLUSTER_THRESHOLD): Drawn {
  const bySlug = new Map<string, string>();
  graph.forEachNode((id, s) => bySlug.set(id, s.slug));
  const clustering = expand !== "all" && graph.order > threshold;
  const expanded = new Set(expand === "all" ? [] : expand);
  const collapsed = new Map<string, EstateOrganisation>();
  if (clustering) for (const o of organisations) if (!expanded.has(o.slug)) collapsed.set(o.id, o);
  const nodeOf = (id: string) => {
    const o = collapsed.get(graph.getNodeAttribute(id, "organisationId"));
    return o ? clusterKey(o.slug) : bySlug.get(id)!;
  };

  const nodes: DrawnNode[] = [];
  const clusters = new Map<string, Extract<DrawnNode, { kind: "organisation" }>>();
  graph.forEachNode((id, system) => {
    const key = nodeOf(id);
    if (key === system.slug) return void nodes.push({ kind: "system", key, system });
    const cluster = clusters.get(key) ?? { kind: "organisation", key, organisation: collapsed.get(system.organisationId)!, systems: 0, connectionsWithin: 0 };
    cluster.systems += 1;
    clusters.set(key, cluster);
  });
  nodes.push(...clusters.values());

  const edges: DrawnEdge[] = [];
  const bundles = new Map<string, Extract<DrawnEdge, { kind: "bundle" }>>();
  graph.forEachEdge((id, connection, from, to) => {
    const [source, target] = [nodeOf(from), nodeOf(to)];
    if (source === target && clusters.has(source)) return void (clusters.get(source)!.connectionsWithin += 1);
    if (!clusters.has(source) && !clusters.has(target)) return void edges.push({ kind: "connection", key: id, source, target, connection });
    // Bundled regardless of direction: one line per pair says "these two exchange data".
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}|${b}`;
    const bundle = bundles.get(key) ?? { kind: "bundle", key, source: a, target: b, count: 0 };
    bundle.count += 1;
    bundles.set(key, bundle);
  });
  edges.push(...bundles.values());
  return { nodes, edges, collapsed: clusters.size, systemsInView: graph.order };
}
