import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HoldersTable } from "@/components/estate/HoldersTable";
import { Table } from "@/components/Table";
import { WarningText } from "@/components/WarningText";
import { organisationsFor } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dataSetsWithHolders, replicationSummary } from "@/lib/estate/data-sets/report";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Core data sets and who holds them" };

/** The replication report: every core data set, every system holding it and how, replicas flagged per organisation and overall. */
export default async function DataSetsPage() {
  const viewer = await getViewer();
  const dataSets = await dataSetsWithHolders(getDb(), viewer);
  const { overall, organisations } = replicationSummary(dataSets);
  const allowed = organisationsFor(viewer, "dataset.create");
  const mayAdd = allowed === "all" || allowed.length > 0;
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Core data sets" }]} />
      <h1 className="govuk-heading-l">Core data sets and who holds them</h1>
      <p className="govuk-body-l max-w-2xl">
        “Data should be gathered from core data sets and should not replicate core data.” Each core data set has one authoritative source; other
        systems hold copies kept in step through a connection, or replicas that are not.
      </p>
      {mayAdd ? <p className="govuk-body"><Link className="govuk-link" href="/data-sets/new">Add a core data set</Link></p> : null}
      <h2 className="govuk-heading-m">Replication report</h2>
      <p className="govuk-body" data-testid="replication-overall">
        {n(dataSets.length)} core data sets, held {n(overall.holdings)} times by systems: {n(overall.holdings - overall.inStep - overall.replicas)} authoritative sources, {n(overall.inStep)} copies kept in step and {n(overall.replicas)} {overall.replicas === 1 ? "replica" : "replicas"} not kept in step.
      </p>
      {overall.replicas > 0 ? <WarningText>Replicas drift from their source. Keep each in step through a connection with the source, or draw on the source instead.</WarningText> : null}
      {organisations.length ? (
        <Table
          caption="Holdings by organisation"
          captionSize="s"
          firstCellIsHeader
          head={[{ text: "Organisation" }, { text: "Data sets held", numeric: true }, { text: "Copies kept in step", numeric: true }, { text: "Replicas not kept in step", numeric: true }]}
          rows={organisations.map(({ organisation, tally }) => [
            organisation.name,
            { text: n(tally.holdings), numeric: true },
            { text: n(tally.inStep), numeric: true },
            { text: tally.replicas ? `${n(tally.replicas)} flagged` : "0", numeric: true },
          ])}
        />
      ) : null}
      {dataSets.length === 0 ? <p className="govuk-body">No core data sets are recorded yet.</p> : null}
      {dataSets.map((d) => (
        <section key={d.id} className="mb-8" aria-labelledby={`data-set-${d.slug}`}>
          <h3 className="govuk-heading-s mb-2" id={`data-set-${d.slug}`}>
            <Link className="govuk-link" href={`/data-sets/${d.slug}`}>{d.name}</Link>
          </h3>
          <p className="govuk-body mb-2">Owned by {d.organisation.name}. {d.example ? "Example data, not a real record." : null}</p>
          <HoldersTable dataSet={d} caption={`Systems holding ${d.name}`} />
        </section>
      ))}
    </>
  );
}
