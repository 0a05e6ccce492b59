import { createHash } from "node:crypto";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** Where each system is drawn, by system id. */
export type Positions = Record<string, [number, number]>;
export type LayoutInput = {
  systems: { id: string; organisationId: string }[];
  /** sending and receiving system ids of each connection */
  connections: [string, string][];
  /** the last layout's positions, to start from */
  previous: Positions;
};

export const LAYOUT_ITERATIONS = 120;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A number in [0, 1) from a string: the same every time, on every instance. */
function unit(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** A spot close to a centre, the same for the same system every time. */
function beside([x, y]: [number, number], id: string, spread: number): [number, number] {
  const angle = unit(`${id}:angle`) * 2 * Math.PI;
  const r = spread * Math.sqrt(unit(`${id}:radius`));
  return [x + r * Math.cos(angle), y + r * Math.sin(angle)];
}

/** Each organisation's centre: the middle of its systems already placed, or its own spot on a spiral. */
function organisationCentres(systems: LayoutInput["systems"], placed: Positions): Map<string, [number, number]> {
  const sums = new Map<string, [number, number, number]>();
  for (const s of systems) {
    const p = placed[s.id];
    const sum = sums.get(s.organisationId) ?? [0, 0, 0];
    if (p) sums.set(s.organisationId, [sum[0] + p[0], sum[1] + p[1], sum[2] + 1]);
    else sums.set(s.organisationId, sum);
  }
  const ids = [...sums.keys()].sort();
  const spacing = 40;
  return new Map(
    ids.map((id, i) => {
      const [x, y, n] = sums.get(id)!;
      if (n) return [id, [x / n, y / n]];
      const r = spacing * Math.sqrt(i + 1);
      return [id, [r * Math.cos(i * GOLDEN_ANGLE), r * Math.sin(i * GOLDEN_ANGLE)]];
    }),
  );
}

/**
 * Positions for systems the last layout did not know (new since, or drafts it never sees): beside
 * their organisation's centre, so a new system appears among its own at once.
 */
export function placeMissing(systems: LayoutInput["systems"], positions: Positions): Positions {
  const missing = systems.filter((s) => !positions[s.id]);
  if (!missing.length) return positions;
  const centres = organisationCentres(systems, positions);
  const placed = { ...positions };
  for (const s of missing) placed[s.id] = beside(centres.get(s.organisationId)!, s.id, 12);
  return placed;
}

/**
 * ForceAtlas2 with Barnes-Hut (the estate is thousands of systems), started from the last layout
 * where there is one and with each organisation's new systems together, so a layout moves little
 * from one version of the estate to the next and organisations stay grouped.
 */
export function computeLayout(input: LayoutInput, iterations = LAYOUT_ITERATIONS): Positions {
  const graph = new Graph({ type: "undirected" });
  const start = placeMissing(input.systems, Object.fromEntries(input.systems.filter((s) => input.previous[s.id]).map((s) => [s.id, input.previous[s.id]!])));
  for (const s of input.systems) graph.addNode(s.id, { x: start[s.id]![0], y: start[s.id]![1] });
  for (const [from, to] of input.connections) {
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    graph.updateEdge(from, to, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta: 0.6 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  const positions: Positions = {};
  graph.forEachNode((id, a) => (positions[id] = [Math.round(a.x * 10) / 10, Math.round(a.y * 10) / 10]));
  return positions;
}
