import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/audit/AuditTimeline";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { connectionHistory } from "@/lib/audit/queries";
import { getDb } from "@/lib/db";
import { connectionToShow } from "@/lib/estate/connections-pages";

type Props = { params: Promise<{ id: string }> };

// Hidden and missing connections look the same: "Page not found".
async function load(params: Props["params"]) {
  const { viewer, connection } = await connectionToShow((await params).id);
  const history = await connectionHistory(getDb(), viewer, connection.id);
  if (!history) notFound();
  return { connection, ...history };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { connection: c } = await load(params);
  return { title: `History – connection from ${c.fromSystem.name} to ${c.toSystem.name}` };
}

export default async function ConnectionHistoryPage({ params }: Props) {
  const { connection: c, entries, withheld } = await load(params);
  const name = `From ${c.fromSystem.name} to ${c.toSystem.name}`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/systems", text: "Systems" }, { href: `/connections/${c.id}`, text: name }, { text: "History" }]} />
      <PageHeading caption={name}>History</PageHeading>
      <p className="govuk-body">Every change to this connection, newest first. Times are in UTC.</p>
      {withheld ? <InsetText>Some changes are not shown: they were made while you could not see this connection.</InsetText> : null}
      <AuditTimeline entries={entries} />
    </>
  );
}
