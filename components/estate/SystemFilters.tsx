import { Button } from "@/components/Button";
import { Select } from "@/components/Select";
import type { SystemFilters as Filters } from "@/lib/estate/systems-list";

const ANY_YES_NO = (any: string, yes: string, no: string) => [
  { value: "", text: any },
  { value: "yes", text: yes },
  { value: "no", text: no },
];

/** The systems list's filters: a GET form, so the URL holds them and it works without JavaScript. */
export function SystemFilters({ filters, organisations }: { filters: Filters; organisations: { slug: string; name: string }[] }) {
  return (
    <form method="get" action="/systems" className="mb-8 flex flex-wrap items-end gap-x-6" aria-label="Filter systems">
      <Select id="organisation" name="organisation" label="Organisation" defaultValue={filters.organisation ?? ""} options={[{ value: "", text: "Any organisation" }, ...organisations.map((o) => ({ value: o.slug, text: o.name }))]} />
      <Select id="api" name="api" label="API in the catalogue" defaultValue={filters.api ?? ""} options={ANY_YES_NO("Either", "Has an API", "No API")} />
      <Select id="connections" name="connections" label="Documented connections" defaultValue={filters.connections ?? ""} options={ANY_YES_NO("Either", "Has documented connections", "No documented connections")} />
      <div className="mb-[30px]">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
