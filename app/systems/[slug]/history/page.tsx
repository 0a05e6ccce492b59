import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/audit/AuditTimeline";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { systemHistory } from "@/lib/audit/queries";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

type Props = { params: Promise<{ slug: string }> };

// Hidden and missing systems look the same: "Page not found", never a hint that one exists.
async function load(params: Props["params"]) {
  const found = await systemHistory(getDb(), await getViewer(), (await params).slug);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await load(params);
  return { title: `History – ${record.name}` };
}

export default async function SystemHistoryPage({ params }: Props) {
  const { record, history, withheld } = await load(params);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/organisations", text: "Organisations" }, { href: `/organisations/${record.organisation.slug}`, text: record.organisation.name }, { href: `/systems/${record.slug}`, text: record.name }, { text: "History" }]} />
      <PageHeading caption={record.name}>History</PageHeading>
      <p className="govuk-body">
        Every change to this system&apos;s entry in the catalogue, newest first. Times are in UTC.
      </p>
      {withheld ? <InsetText>Some changes are not shown: they were made while this system was a draft.</InsetText> : null}
      <AuditTimeline entries={history} />
    </>
  );
}
