import Link from "next/link";
import { Table } from "@/components/Table";
import type { SystemConnection } from "@/lib/estate/connections-queries";
import { labelOf } from "@/lib/catalogue/vocabulary";
import { TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";
import { ConfirmationTag, ExampleTag } from "./ConfirmationTag";

/** One of a system page's tables: the systems it sends data to, or receives data from. */
export function ConnectionsTable({ caption, otherHeading, connections, empty }: { caption: string; otherHeading: string; connections: SystemConnection[]; empty: string }) {
  if (connections.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  }
  return (
    <Table
      caption={caption}
      head={[otherHeading, "Data exchanged", "Technology", "Personal data", "Confirmation"]}
      rows={connections.map((c) => [
        <span key="system" className="flex flex-wrap items-center gap-2">
          <Link className="govuk-link" href={`/systems/${c.other.slug}`}>{c.other.name}</Link>
          <span className="text-secondary-text">({c.other.organisation.acronym ?? c.other.organisation.name})</span>
          <ExampleTag example={c.example || c.other.example} />
        </span>,
        <Link key="what" className="govuk-link" href={`/connections/${c.id}`}>{c.description.split("\n")[0]}</Link>,
        `${labelOf(TECHNOLOGY_LABELS, c.technology)}${c.api ? `, through ${c.api.name}` : ""}`,
        c.personalData ? "Yes" : "No",
        <ConfirmationTag key="confirmation" confirmation={c.confirmation} />,
      ])}
    />
  );
}
