import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { ChangeList } from "@/components/openapi/ChangeList";
import { CompareForm } from "@/components/openapi/CompareForm";
import { NotificationBanner } from "@/components/NotificationBanner";
import { PageHeading } from "@/components/PageHeading";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { compareApiRevisions } from "@/lib/openapi/versions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Hidden and missing APIs look the same: "Page not found".
async function load({ params, searchParams }: Props) {
  const query = await searchParams;
  const found = await compareApiRevisions(getDb(), await getViewer(), (await params).slug, { from: query.from, to: query.to });
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { api, outcome } = await load(props);
  const prefix = outcome.ok ? "" : "busy" in outcome ? "Busy: " : "Error: ";
  return { title: `${prefix}Compare versions – ${api.name}` };
}

export default async function ComparePage(props: Props) {
  const { api, options, outcome } = await load(props);
  const base = `/apis/${api.slug}/revisions`;
  const errors = outcome.ok ? {} : outcome.errors;
  const errorList = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/", text: "Home" }, { href: "/apis", text: "APIs" }, { href: `/apis/${api.slug}`, text: api.name }, { href: base, text: "Versions" }, { text: "Compare" }]}
      />
      {errorList.length ? <ErrorSummary errors={errorList} /> : null}
      {!outcome.ok && "busy" in outcome ? (
        <NotificationBanner title="Busy">
          <p className="govuk-body">{outcome.busy}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`${api.name}: OpenAPI description`}>Compare versions</PageHeading>
      {outcome.ok ? (
        <>
          <p className="govuk-body">
            What changes for a client going from{" "}
            <Link className="govuk-link" href={`${base}/${outcome.from.id}`}>
              {outcome.from.label}
            </Link>{" "}
            to{" "}
            <Link className="govuk-link" href={`${base}/${outcome.to.id}`}>
              {outcome.to.label}
            </Link>
            .
          </p>
          <ChangeList changes={outcome.changes} />
          <h2 className="govuk-heading-m">Compare two other versions</h2>
        </>
      ) : null}
      {options.length > 1 ? (
        <CompareForm action={`${base}/compare`} options={options} values={outcome.ok ? { from: outcome.from.id, to: outcome.to.id } : outcome.values} errors={errors} />
      ) : (
        <p className="govuk-body">This API has fewer than two checked versions, so there is nothing to compare.</p>
      )}
    </>
  );
}
