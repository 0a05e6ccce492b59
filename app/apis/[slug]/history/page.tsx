import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { AuditTimeline } from "@/components/audit/AuditTimeline";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InsetText } from "@/components/InsetText";
import { BreakingChangesTag } from "@/components/openapi/ChangeList";
import { PageHeading } from "@/components/PageHeading";
import { apiHistory } from "@/lib/audit/queries";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

type Props = { params: Promise<{ slug: string }> };

// Hidden and missing APIs look the same: "Page not found", never a hint that one exists.
async function load(params: Props["params"]) {
  const found = await apiHistory(getDb(), await getViewer(), (await params).slug);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await load(params);
  return { title: `History – ${record.name}` };
}

export default async function ApiHistoryPage({ params }: Props) {
  const { record, history, withheld } = await load(params);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/apis", text: "APIs" }, { href: `/apis/${record.slug}`, text: record.name }, { text: "History" }]} />
      <PageHeading caption={record.name}>History</PageHeading>
      <p className="govuk-body">
        Every change to this API&apos;s entry in the catalogue, newest first. Times are in UTC.
      </p>
      {withheld ? <InsetText>Some changes are not shown: they were made while this API was not visible to you.</InsetText> : null}
      <AuditTimeline
        entries={history.map((entry) =>
          entry.revision
            ? {
                ...entry,
                detail: (
                  <p className="govuk-body mb-3">
                    <BreakingChangesTag count={entry.revision.breakingChanges} />{" "}
                    <Link className="govuk-link" href={`/apis/${record.slug}/revisions/${entry.revision.id}`}>
                      See this version{entry.revision.breakingChanges ? " and what breaks" : ""}
                    </Link>
                  </p>
                ),
              }
            : entry,
        )}
      />
    </>
  );
}
