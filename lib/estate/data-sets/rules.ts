/** How a system holds a core data set. */
export const HOLDING_KINDS = ["source", "in-step", "replica"] as const;
export type HoldingKind = (typeof HOLDING_KINDS)[number];

export const HOLDING_LABELS: Record<HoldingKind, string> = {
  source: "Authoritative source",
  "in-step": "Copy kept in step",
  replica: "Replica, not kept in step",
};

type Holding = { systemId: string; systemName: string; kind: string };
type Ends = { fromSystemId: string; toSystemId: string; lifecycle: string } | null;

/**
 * Why a system may not hold a data set this way, or null if it may. The reference architecture
 * asks that "data should be gathered from core data sets and should not replicate core data": a
 * data set has one authoritative source, a system holds it one way only (never both source and
 * replica), and a copy is "kept in step" only through a live connection with the source itself.
 */
export function holdingProblem(
  dataSetName: string,
  request: { systemId: string; kind: HoldingKind; connection: Ends },
  holdings: Holding[],
): { field: "kind" | "connectionId"; message: string } | null {
  const own = holdings.find((h) => h.systemId === request.systemId);
  if (own) {
    const as = own.kind === "source" ? "its authoritative source" : own.kind === "in-step" ? "a copy kept in step" : "a replica";
    return { field: "kind", message: `This system already holds ${dataSetName} as ${as}. A system holds a data set one way only` };
  }
  const source = holdings.find((h) => h.kind === "source");
  if (request.kind === "source") {
    return source ? { field: "kind", message: `${source.systemName} is already the authoritative source of ${dataSetName}. A data set has one authoritative source` } : null;
  }
  if (request.kind !== "in-step") return null;
  if (!request.connection) return { field: "connectionId", message: "Select the connection that keeps the copy in step with the source" };
  if (!source) return { field: "kind", message: `${dataSetName} has no authoritative source for a copy to be kept in step with` };
  const ends = [request.connection.fromSystemId, request.connection.toSystemId];
  if (!ends.includes(request.systemId) || !ends.includes(source.systemId)) {
    return { field: "connectionId", message: `Select a connection between this system and ${source.systemName}, the authoritative source: the one selected does not reach it` };
  }
  if (request.connection.lifecycle === "retired") return { field: "connectionId", message: "Select a connection that is not retired" };
  return null;
}
