import type { SearchParams } from "./params";

/** One group of matching APIs that share every filterable value, with how many there are. */
export type FacetGroup = { organisation: string; lifecycle: string; visibility: string; auth: string; spec: "yes" | "no"; score: string; count: number };

export type FacetValue = { value: string; label?: string; count: number };
export type Facets = Record<"organisation" | "lifecycle" | "visibility" | "auth" | "spec" | "score", FacetValue[]>;

type Filter = keyof Facets;
const FILTERS: Filter[] = ["organisation", "lifecycle", "visibility", "auth", "spec", "score"];

function passes(group: FacetGroup, params: SearchParams, except?: Filter): boolean {
  return FILTERS.every((filter) => {
    if (filter === except) return true;
    const chosen = filter === "spec" ? (params.spec ? [params.spec] : []) : params[filter];
    return chosen.length === 0 || chosen.includes(group[filter]);
  });
}

/**
 * Counts for every filter value from one grouped query, each filter counted with the other
 * filters applied but not itself (so choosing "Live" still shows how many "Beta" there are),
 * and the total with all of them applied.
 */
export function countFacets(groups: FacetGroup[], params: SearchParams, labels: Map<string, string>): { facets: Facets; total: number } {
  const facets = {} as Facets;
  for (const filter of FILTERS) {
    const counts = new Map<string, number>();
    for (const group of groups) {
      if (passes(group, params, filter)) counts.set(group[filter], (counts.get(group[filter]) ?? 0) + group.count);
    }
    facets[filter] = [...counts]
      .map(([value, count]) => ({ value, ...(filter === "organisation" && labels.has(value) ? { label: labels.get(value)! } : {}), count }))
      .sort((x, y) => y.count - x.count || (x.label ?? x.value).localeCompare(y.label ?? y.value));
  }
  const total = groups.reduce((sum, group) => sum + (passes(group, params) ? group.count : 0), 0);
  return { facets, total };
}
