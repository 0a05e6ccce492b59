// In the browser: the server's compact payload as a graph Sigma draws, styled (lib/estate/map-style.ts).
import type Graph from "graphology";
import { DIMMED_COLOUR, EDGE_SIZE, HIGHLIGHT_COLOUR, organisationColour, technologyColour } from "./map-style";
import { EDGE, NODE, type MapPayload } from "./map-payload";

export type NodeData = { x: number; y: number; size: number; color: string; label: string; organisation: string; flags: number };
export type EdgeData = { size: number; color: string; type: "arrow" | "line"; label?: string };

function edgeLabel(flags: number, count: number): string | undefined {
  if (flags & EDGE.bundle) return `${count} ${count === 1 ? "connection" : "connections"}`;
  const words = [flags & EDGE.disputed ? "disputed" : "", flags & EDGE.personalData ? "personal data" : ""].filter(Boolean);
  return words.length ? words.join(", ") : undefined;
}

/** Fills `graph` (empty) from the payload: nodes keyed by system slug or "organisation:<slug>". */
export function fillGraph(graph: Graph<NodeData, EdgeData>, payload: MapPayload): Graph<NodeData, EdgeData> {
  for (const [key, label, x, y, organisation, size, flags] of payload.nodes) {
    graph.addNode(key, { x, y, size: flags & NODE.highlighted ? size * 2 : size, color: organisationColour(organisation), label, organisation: payload.organisations[organisation]?.[1] ?? "", flags });
  }
  for (const [source, target, technology, flags, count] of payload.edges) {
    const thin = flags & (EDGE.unconfirmed | EDGE.disputed);
    const size = flags & EDGE.bundle ? Math.min(8, 1 + Math.log2(count)) : thin ? EDGE_SIZE.unconfirmed : EDGE_SIZE.confirmed;
    const type = flags & (EDGE.both | EDGE.bundle) ? "line" : "arrow";
    graph.addEdge(payload.nodes[source]![0], payload.nodes[target]![0], { size, color: technologyColour(technology), type, label: edgeLabel(flags, count) });
  }
  return graph;
}

/** A system's neighbours on the map, in name order, for moving between them by keyboard. */
export function neighboursByName(graph: Graph<NodeData, EdgeData>, key: string): string[] {
  return graph.neighbors(key).sort((a, b) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")));
}

/** What the map's reducers restyle, on the graph drawn: the selected node and its neighbours, or the highlighted systems. */
export type Selection = { graph?: Graph<NodeData, EdgeData>; chosen?: string; near: Set<string>; highlighting: boolean };

export function selectionIn(graph: Graph<NodeData, EdgeData>, selected: string | undefined, highlighting: boolean): Selection {
  const chosen = selected && graph.hasNode(selected) ? selected : undefined;
  return { graph, chosen, near: new Set(chosen ? graph.neighbors(chosen) : []), highlighting };
}

/** A node as drawn: the selected one and its neighbours stand out, the rest dim; else highlighted systems stand out. */
export function styleNode({ chosen, near, highlighting }: Selection, key: string, data: NodeData): Partial<NodeData> & { highlighted?: boolean; forceLabel?: boolean } {
  if (chosen) return key === chosen ? { ...data, highlighted: true, forceLabel: true, color: HIGHLIGHT_COLOUR } : near.has(key) ? { ...data, forceLabel: true } : { ...data, color: DIMMED_COLOUR, label: "" };
  if (highlighting) return data.flags & NODE.highlighted ? { ...data, color: HIGHLIGHT_COLOUR, forceLabel: true } : { ...data, color: DIMMED_COLOUR };
  return data;
}

/** An edge as drawn: those not touching the selected node dim. */
export function styleEdge({ graph, chosen }: Selection, key: string, data: EdgeData): Partial<EdgeData> {
  return chosen && graph && graph.source(key) !== chosen && graph.target(key) !== chosen ? { ...data, color: DIMMED_COLOUR, label: undefined } : data;
}
