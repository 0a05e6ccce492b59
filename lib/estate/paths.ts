import type { EstateGraph, EstateOrganisation } from "./graph";
import { TECHNOLOGY_LABELS, type Technology } from "./vocabulary";

/** One chain of connections data can travel along: systems in order, and the connection of each step. */
export type Chain = { systems: string[]; connections: string[] };

/** The most chains listed: past a handful, more of the same length say nothing new. */
export const MAX_CHAINS = 5;

/**
 * The shortest chains of connections along which data gets from one system to another: a
 * connection carries data from its sending system to its receiving one, or either way when it
 * goes both ways. Every chain of the shortest length, up to `limit`, in a stable order.
 */
export function shortestChains(graph: EstateGraph, fromId: string, toId: string, limit = MAX_CHAINS): Chain[] {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId) || fromId === toId) return [];
  // Breadth first, keeping every way into each system found at its shortest distance.
  const distance = new Map([[fromId, 0]]);
  const ways = new Map<string, { system: string; connection: string }[]>();
  let frontier = [fromId];
  while (frontier.length && !distance.has(toId)) {
    const next: string[] = [];
    for (const system of frontier) {
      const d = distance.get(system)!;
      const step = (connection: string, other: string) => {
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, d + 1);
          next.push(other);
        }
        if ((known ?? d + 1) === d + 1) ways.set(other, [...(ways.get(other) ?? []), { system, connection }]);
      };
      graph.forEachOutEdge(system, (edge, _c, _from, to) => step(edge, to));
      graph.forEachInEdge(system, (edge, c, from) => {
        if (c.direction === "both") step(edge, from);
      });
    }
    frontier = next.sort();
  }
  if (!distance.has(toId)) return [];
  // Walk back from the destination, each chain reversed into the order data travels.
  const chains: Chain[] = [];
  const walk = (system: string, systems: string[], connections: string[]) => {
    if (chains.length >= limit) return;
    if (system === fromId) return void chains.push({ systems: [fromId, ...systems], connections });
    const sorted = [...(ways.get(system) ?? [])].sort((a, b) => (a.system + a.connection).localeCompare(b.system + b.connection));
    for (const way of sorted) walk(way.system, [system, ...systems], [way.connection, ...connections]);
  };
  walk(toId, [], []);
  return chains;
}

/** A chain in words: each step's sender, what it sends, how and to whom. */
export function describeChain(graph: EstateGraph, organisations: EstateOrganisation[], chain: Chain): string[] {
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const system = (id: string) => {
    const s = graph.getNodeAttributes(id);
    return `${s.name} (${names.get(s.organisationId) ?? "unknown organisation"})`;
  };
  return chain.connections.map((id, i) => {
    const c = graph.getEdgeAttributes(id);
    const how = TECHNOLOGY_LABELS[c.technology as Technology] ?? c.technology;
    return `${system(chain.systems[i]!)} sends ${c.description.trim() || "data"} to ${system(chain.systems[i + 1]!)} by ${how}${c.direction === "both" ? " (both ways)" : ""}.`;
  });
}
