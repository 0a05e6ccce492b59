import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { BreakingChangesTag } from "@/components/openapi/ChangeList";
import { CompareForm } from "@/components/openapi/CompareForm";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { Pagination } from "@/components/Pagination";
import { Table } from "@/components/Table";
import { isoDateTime } from "@/lib/audit/labels";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { apiRevisions, type RevisionRow } from "@/lib/openapi/versions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Hidden and missing APIs look the same: "Page not found".
async function load({ params, searchParams }: Props) {
  const found = await apiRevisions(getDb(), await getViewer(), (await params).slug, (await searchParams).page);
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { api } = await load(props);
  return { title: `Versions of the OpenAPI description – ${api.name}` };
}

const notRecorded = <span className="text-secondary-text">Not recorded</span>;

function score(r: RevisionRow) {
  if (r.status === "refused") return <span className="text-secondary-text">Could not be used</span>;
  if (r.status !== "checked") return <span className="text-secondary-text">Not checked yet</span>;
  if (r.score === null) return <span className="text-secondary-text">Not enough to score</span>;
  return `${r.score} out of 100`;
}

function comparison(r: RevisionRow) {
  if (r.previousWithheld) return "Compared with a version not shown";
  return r.previousId ? "Not compared" : "First version";
}

export default async function RevisionsPage(props: Props) {
  const { api, revisions, total, page, pageCount, options, withheld } = await load(props);
  const base = `/apis/${api.slug}/revisions`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/apis", text: "APIs" }, { href: `/apis/${api.slug}`, text: api.name }, { text: "Versions" }]} />
      <PageHeading caption={api.name}>Versions of the OpenAPI description</PageHeading>
      {withheld ? <InsetText>Some versions are not shown: they were stored while this API was not visible to you.</InsetText> : null}
      {total === 0 ? (
        <p className="govuk-body">{withheld ? "No version is shown." : "The publisher has not given an OpenAPI description of this API yet."}</p>
      ) : (
        <>
          <p className="govuk-body">
            Every version stored, newest first, with the changes since the version before it that break existing clients. Times are in UTC.
          </p>
          <Table
            caption={`${total} ${total === 1 ? "version" : "versions"}${pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}`}
            captionSize="m"
            head={["Version", "Stored", "By", "How it arrived", "OpenAPI version", "Standards score", "Breaking changes"]}
            rows={revisions.map((r) => [
              <Link key="link" className="govuk-link" href={`${base}/${r.id}`}>
                Version {r.number}
              </Link>,
              <time key="at" dateTime={isoDateTime(r.createdAt)}>
                {isoDateTime(r.createdAt)}
              </time>,
              r.actor,
              <>
                {r.arrival}
                {r.origin ? <span className="block text-base break-all text-secondary-text">{r.origin}</span> : null}
              </>,
              r.specVersion ?? notRecorded,
              score(r),
              r.breakingChanges === null ? <span className="text-secondary-text">{comparison(r)}</span> : <BreakingChangesTag count={r.breakingChanges} />,
            ])}
          />
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `${base}?page=${p}`} label="Pages of versions" />
          {options.length > 1 ? (
            <>
              <h2 className="govuk-heading-m mt-8">Compare two versions</h2>
              <CompareForm action={`${base}/compare`} options={options} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
