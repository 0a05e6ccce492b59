import Link from "next/link";
import { Button } from "@/components/Button";
import { AUTH_TYPE_LABELS, LIFECYCLE_LABELS, VISIBILITY_LABELS, labelOf } from "@/lib/catalogue/vocabulary";
import { searchHref, type SearchParams } from "@/lib/catalogue/search/params";
import type { FacetValue, Facets } from "@/lib/catalogue/search/service";
import { Facet, type FacetOption } from "./Facet";

const ORGANISATIONS_SHOWN = 12;
const SCORE_LABELS: Record<string, string> = {
  high: "80 to 100",
  medium: "50 to 79",
  low: "Below 50",
  unchecked: "Not checked or not enough to score",
};

function options(values: FacetValue[], selected: string[], label: (v: FacetValue) => string): FacetOption[] {
  // A chosen value stays on the list even when nothing now matches it, so it can be unticked.
  const missing = selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, count: 0 }));
  return [...values, ...missing].map((v) => ({ value: v.value, label: label(v), count: v.count, checked: selected.includes(v.value) }));
}

/** The filter column of the search page: part of the search form, so it works without JavaScript. */
export function Filters({ params, facets }: { params: SearchParams; facets: Facets }) {
  const organisations = options(facets.organisation, params.organisation, (v) => v.label ?? v.value);
  const shown = params.allOrganisations
    ? organisations
    : organisations.filter((o, i) => i < ORGANISATIONS_SHOWN || o.checked);
  const hasFilters = params.organisation.length + params.lifecycle.length + params.visibility.length + params.auth.length + params.score.length > 0 || !!params.spec;
  return (
    <div>
      <h2 className="mb-4 text-2xl font-bold">Filter</h2>
      <Facet
        name="organisation"
        legend="Organisation"
        options={shown}
        footer={
          shown.length < organisations.length ? (
            <p className="mt-2 text-base">
              <Link className="govuk-link" href={searchHref(params, { allOrganisations: true })}>
                Show all {organisations.length} organisations
              </Link>
            </p>
          ) : null
        }
      />
      {params.allOrganisations ? <input type="hidden" name="organisations" value="all" /> : null}
      <Facet name="lifecycle" legend="Lifecycle" options={options(facets.lifecycle, params.lifecycle, (v) => labelOf(LIFECYCLE_LABELS, v.value))} />
      <Facet name="visibility" legend="Who can use it" options={options(facets.visibility, params.visibility, (v) => labelOf(VISIBILITY_LABELS, v.value))} />
      <Facet name="auth" legend="Authentication" options={options(facets.auth, params.auth, (v) => labelOf(AUTH_TYPE_LABELS, v.value))} />
      <Facet
        name="spec"
        legend="OpenAPI description"
        options={options(facets.spec, params.spec ? [params.spec] : [], (v) => (v.value === "yes" ? "Has an OpenAPI description" : "No OpenAPI description"))}
      />
      <Facet name="score" legend="GDS API standards score" options={options(facets.score, params.score, (v) => SCORE_LABELS[v.value] ?? v.value)} />
      <Button variant="secondary" className="mb-4">
        Apply filters
      </Button>
      {hasFilters ? (
        <p className="text-base">
          <Link className="govuk-link" href={searchHref({ ...params, organisation: [], lifecycle: [], visibility: [], auth: [], score: [], spec: undefined, page: 1 })}>
            Clear filters
          </Link>
        </p>
      ) : null}
    </div>
  );
}
