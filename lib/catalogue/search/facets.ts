/** A filter's value and how many matching APIs have it (organisations by slug, with their name as the label). */
export type FacetValue = { value: string; label?: string; count: number };
export type Facets = Record<"organisation" | "lifecycle" | "visibility" | "auth" | "spec" | "score", FacetValue[]>;

export type Filter = keyof Facets;
export const FILTERS: Filter[] = ["organisation", "lifecycle", "visibility", "auth", "spec", "score"];

/** One count from the search statement: a filter's value, counted with the other filters applied but not itself, or the total with all of them. */
export type FacetCount = { filter: Filter | "total"; value: string; label?: string | null; count: number };

/** The counts as the search page lists them: each filter's values, most APIs first, then by name. */
export function facetsFrom(counts: FacetCount[]): { facets: Facets; total: number } {
  const facets = Object.fromEntries(FILTERS.map((filter) => [filter, [] as FacetValue[]])) as Facets;
  let total = 0;
  for (const { filter, value, label, count } of counts) {
    if (filter === "total") total = count;
    else if (count > 0) facets[filter].push({ value, ...(label ? { label } : {}), count });
  }
  for (const values of Object.values(facets)) values.sort((x, y) => y.count - x.count || (x.label ?? x.value).localeCompare(y.label ?? y.value));
  return { facets, total };
}
