import Link from "next/link";
import { InsetText } from "@/components/InsetText";
import { CLUSTER_THRESHOLD } from "@/lib/estate/clusters";
import { mapHref } from "@/lib/estate/map-query";
import type { EstateMap } from "@/lib/estate/map-view";
import { DataSetHolders } from "./DataSetHolders";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** Which view this is, how to change it, and whether organisations are collapsed (and why). */
export function ViewSummary({ map, path }: { map: EstateMap; path: string }) {
  const { query, drawn, graph } = map;
  const focusName = query.view === "system" ? map.estate.systems.find((s) => s.slug === query.focus)?.name : map.estate.organisations.find((o) => o.slug === query.focus)?.name;
  const title = map.path ? "Path" : map.dataSet ? `Flows of ${map.dataSet.name}` : query.view === "system" ? `Neighbourhood of ${focusName ?? query.focus}` : query.view === "organisation" ? `${focusName ?? query.focus} and its connections` : "The whole estate";
  return (
    <section aria-labelledby="view-heading" className="mb-4">
      <h2 id="view-heading" className="mb-2 text-2xl font-bold">{title}</h2>
      <p className="mb-2" data-testid="view-counts">
        {plural(graph.order, "system")} and {plural(graph.size, "connection")} in this view.
        {query.view !== "estate" || map.path ? <> <Link className="govuk-link" href={mapHref(query, { view: "estate", focus: undefined, from: undefined, to: undefined, expand: [] }, path)}>Show the whole estate</Link></> : null}
      </p>
      {!map.focusFound ? <p className="mb-2">There is no {query.view === "data-set" ? "core data set" : "system or organisation"} “{query.focus}” that you can see.</p> : null}
      {map.dataSet ? <DataSetHolders dataSet={map.dataSet} /> : null}
      {query.view === "system" && query.focus ? (
        <p className="mb-2">
          Reach:{" "}
          {[1, 2, 3].map((depth) => (
            <span key={depth} className="mr-3">
              {depth === query.depth ? <strong>{plural(depth, "connection")} away</strong> : <Link className="govuk-link" href={mapHref(query, { depth }, path)}>{plural(depth, "connection")} away</Link>}
            </span>
          ))}
        </p>
      ) : null}
      {drawn.collapsed ? (
        <InsetText>
          <p data-testid="collapsed-notice">
            This view has {plural(drawn.systemsInView, "system")}: more than {CLUSTER_THRESHOLD} cannot be read at once, so {plural(drawn.collapsed, "organisation is", "organisations are")} drawn as one circle each, with its systems counted.
            Select an organisation to show its systems, or <Link className="govuk-link" href={mapHref(query, { expand: "all" }, path)}>show every system</Link>.
          </p>
        </InsetText>
      ) : null}
    </section>
  );
}
