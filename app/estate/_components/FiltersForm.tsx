import { Button } from "@/components/Button";
import { Checkboxes } from "@/components/Checkboxes";
import { Details } from "@/components/Details";
import { Radios } from "@/components/Radios";
import { LIFECYCLES, LIFECYCLE_LABELS } from "@/lib/catalogue/vocabulary";
import type { MapQuery } from "@/lib/estate/map-query";
import { CONFIRMATIONS, CONFIRMATION_LABELS, TECHNOLOGIES, TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";
import { HiddenQuery } from "./HiddenQuery";

const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");
const EITHER = [
  { value: "", label: "Either" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The map's filters and highlights: a plain form whose answers become the URL. */
export function FiltersForm({ query, organisations, path }: { query: MapQuery; organisations: { slug: string; name: string }[]; path: string }) {
  const ticked = <T extends string>(values: readonly T[], chosen: readonly string[], label: (v: T) => string) => values.map((value) => ({ value, label: label(value), checked: chosen.includes(value) }));
  return (
    <form method="get" action={path} aria-labelledby="filters-heading" className="mb-6">
      <h2 id="filters-heading" className="mb-2 text-2xl font-bold">Filter and highlight</h2>
      <HiddenQuery query={query} omit={["organisation", "technology", "openStandard", "personalData", "lifecycle", "confirmation", "highlight", "selected", "find", "page"]} />
      <Checkboxes idPrefix="highlight" name="highlight" legend="Highlight systems" legendSize="s" small items={[
        { value: "no-api", label: "With no API in the catalogue", checked: query.highlight.includes("no-api") },
        { value: "no-connection", label: "With no documented connection", checked: query.highlight.includes("no-connection") },
      ]} />
      <Details summary={`Organisations${query.organisation.length ? ` (${query.organisation.length} chosen)` : ""}`}>
        <Checkboxes idPrefix="organisation" name="organisation" legend="Show only the systems of" legendSize="s" small items={organisations.map((o) => ({ value: o.slug, label: o.name, checked: query.organisation.includes(o.slug) }))} />
      </Details>
      <Details summary="Connections">
        <Checkboxes idPrefix="technology" name="technology" legend="Technology" legendSize="s" small items={ticked(TECHNOLOGIES, query.technology, (t) => TECHNOLOGY_LABELS[t])} />
        <Radios idPrefix="openStandard" name="openStandard" legend="Format is an open standard" legendSize="s" inline items={EITHER} value={yesNo(query.openStandard)} />
        <Radios idPrefix="personalData" name="personalData" legend="Personal data flows" legendSize="s" inline items={EITHER} value={yesNo(query.personalData)} />
        <Checkboxes idPrefix="lifecycle" name="lifecycle" legend="Stage of the connection" legendSize="s" small items={ticked(LIFECYCLES, query.lifecycle, (l) => LIFECYCLE_LABELS[l])} />
        <Checkboxes idPrefix="confirmation" name="confirmation" legend="Confirmation" legendSize="s" small items={ticked(CONFIRMATIONS, query.confirmation, (c) => CONFIRMATION_LABELS[c])} />
      </Details>
      <Button type="submit" variant="secondary">Apply</Button>
    </form>
  );
}
