import { Button } from "@/components/Button";
import { Select } from "@/components/Select";
import type { ReuseFacets, SystemFilters as Filters } from "@/lib/estate/systems-list";

const ANY_YES_NO = (any: string, yes: string, no: string) => [
  { value: "", text: any },
  { value: "yes", text: yes },
  { value: "no", text: no },
];

const counted = (text: string, n: number) => `${text} (${n.toLocaleString("en-GB")})`;

type Props = { filters: Filters; organisations: { slug: string; name: string }[]; facets: ReuseFacets };

/** The systems list's filters, the reuse ones with how many systems each value shows: a GET form, so the URL holds them and it works without JavaScript. */
export function SystemFilters({ filters, organisations, facets }: Props) {
  return (
    <form method="get" action="/systems" className="mb-8 flex flex-wrap items-end gap-x-6" aria-label="Filter systems">
      <Select id="organisation" name="organisation" label="Organisation" defaultValue={filters.organisation ?? ""} options={[{ value: "", text: "Any organisation" }, ...organisations.map((o) => ({ value: o.slug, text: o.name }))]} />
      <Select id="api" name="api" label="API in the catalogue" defaultValue={filters.api ?? ""} options={ANY_YES_NO("Either", "Has an API", "No API")} />
      <Select id="connections" name="connections" label="Documented connections" defaultValue={filters.connections ?? ""} options={ANY_YES_NO("Either", "Has documented connections", "No documented connections")} />
      <Select
        id="platform"
        name="platform"
        label="Shared platform"
        defaultValue={filters.platform ?? ""}
        options={ANY_YES_NO("Either", counted("Shared platforms", facets.platform.yes), counted("Not shared", facets.platform.no))}
      />
      <Select id="code" name="code" label="Source code" defaultValue={filters.code ?? ""} options={ANY_YES_NO("Either", counted("Open source", facets.code.yes), counted("Not published", facets.code.no))} />
      <Select
        id="licence"
        name="licence"
        label="Licence"
        defaultValue={filters.licence ?? ""}
        options={[{ value: "", text: "Any licence" }, ...facets.licences.map((l) => ({ value: l.licence, text: counted(l.licence, l.count) }))]}
      />
      <div className="mb-[30px]">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
