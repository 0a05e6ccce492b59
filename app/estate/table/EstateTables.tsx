import Link from "next/link";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { LIFECYCLE_LABELS, labelOf } from "@/lib/catalogue/vocabulary";
import type { Drawn } from "@/lib/estate/clusters";
import type { EstateOrganisation } from "@/lib/estate/graph";
import { mapHref, type MapQuery } from "@/lib/estate/map-query";
import { CONFIRMATION_LABELS, TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";

export const TABLE_PAGE_SIZE = 100;
const page = <T,>(items: T[], n: number) => items.slice((n - 1) * TABLE_PAGE_SIZE, n * TABLE_PAGE_SIZE);
const yes = (b: boolean) => (b ? "Yes" : "No");

/** The map's nodes and edges as two tables, a page at a time: what the map draws, in words. */
export function EstateTables({ drawn, organisations, query }: { drawn: Drawn; organisations: EstateOrganisation[]; query: MapQuery }) {
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const label = new Map(drawn.nodes.map((n) => [n.key, n.kind === "system" ? `${n.system.name} (${names.get(n.system.organisationId)})` : `${n.organisation.name} (all ${n.systems} systems)`]));
  const nodeRows = page(drawn.nodes, query.page).map((n) =>
    n.kind === "system"
      ? [
          <Link key="l" className="govuk-link" href={`/systems/${n.system.slug}`}>{n.system.name}</Link>,
          names.get(n.system.organisationId),
          labelOf(LIFECYCLE_LABELS, n.system.lifecycle),
          <>{n.system.noApi ? "No" : "Yes"}{query.highlight.includes("no-api") && n.system.noApi ? <Tag colour="yellow" className="ml-2">Highlighted</Tag> : null}</>,
          <>{n.system.noConnection ? "None" : "Yes"}{query.highlight.includes("no-connection") && n.system.noConnection ? <Tag colour="yellow" className="ml-2">Highlighted</Tag> : null}</>,
        ]
      : [
          <Link key="l" className="govuk-link" href={mapHref(query, { expand: query.expand === "all" ? "all" : [...query.expand, n.organisation.slug], page: 1 }, "/estate/table")}>{`${n.organisation.name}: show its ${n.systems} systems`}</Link>,
          n.organisation.name,
          "",
          "",
          `${n.connectionsWithin} within`,
        ],
  );
  const edgeRows = page(drawn.edges, query.page).map((e) =>
    e.kind === "connection"
      ? [label.get(e.source), label.get(e.target), e.connection.description, e.connection.direction === "both" ? "Both ways" : "One way", labelOf(TECHNOLOGY_LABELS, e.connection.technology), yes(e.connection.openStandard), yes(e.connection.personalData), labelOf(CONFIRMATION_LABELS, e.connection.confirmation)]
      : [label.get(e.source), label.get(e.target), `${e.count} ${e.count === 1 ? "connection" : "connections"}`, "", "", "", "", ""],
  );
  return (
    <>
      <Table caption={`Systems (${drawn.nodes.length})`} captionSize="m" head={["System", "Organisation", "Stage", "API in the catalogue", "Documented connection"]} rows={nodeRows} />
      <div data-testid="connections-table">
        <Table caption={`Connections (${drawn.edges.length})`} captionSize="m" head={["From", "To", "What data", "Direction", "Technology", "Open standard", "Personal data", "Confirmation"]} rows={edgeRows} />
      </div>
    </>
  );
}
