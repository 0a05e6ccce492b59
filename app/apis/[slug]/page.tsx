import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LifecycleTag } from "@/components/LifecycleTag";
import { Prose } from "@/components/Prose";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { ManageLinks } from "@/components/publishing/ManageLinks";
import { RecordNotice } from "@/components/publishing/RecordNotice";
import { SuccessBanner } from "@/components/publishing/SuccessBanner";
import { SpecCheck } from "@/components/openapi/SpecCheck";
import { RevisionsNotice } from "@/components/openapi/RevisionsNotice";
import { SpecSourceStatus } from "@/components/openapi/SpecSourceStatus";
import { ApiDocumentationSection } from "@/components/openapi/ApiDocumentationSection";
import { SummaryList } from "@/components/SummaryList";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getApi, maintainerContact, safeHref } from "@/lib/catalogue/apis";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { recordActions } from "@/lib/catalogue/publishing/record-actions";
import { isoDate } from "@/lib/catalogue/text";
import { latestCheck } from "@/lib/openapi/checks";
import { sourceStatus } from "@/lib/openapi/sources";
import { latestCheckedRevisionId } from "@/lib/openapi/download";
import { documentationPart, servedDocumentation } from "@/lib/openapi/documentation";
import { AUTH_TYPE_LABELS, VISIBILITY_LABELS, labelOf } from "@/lib/catalogue/vocabulary";
import { publishApiAction } from "@/app/publish/apis/actions";
import { refreshSpecSourceAction } from "@/app/publish/specs/actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = await getApi(getDb(), await getViewer(), (await params).slug);
  return { title: api ? await formPageTitle(api.name) : "Page not found" };
}

function ExternalLink({ href, children }: { href?: string; children: React.ReactNode }) {
  return href ? <a className="govuk-link break-words" href={href} rel="noreferrer">{children}</a> : <>{children}</>;
}

export default async function ApiPage({ params, searchParams }: Props) {
  const viewer = await getViewer();
  const api = await getApi(getDb(), viewer, (await params).slug);
  if (!api) notFound();
  const owner = { organisationId: api.organisationId };
  // A draft system is shown only to those who may see drafts (a published API never links to one).
  const system = api.system && (api.system.status === "published" || can(viewer, "draft.read", owner)) ? api.system : null;
  const contact = maintainerContact(api.maintainer);
  const documentation = safeHref(api.documentationUrl);
  const notRecorded = <span className="text-secondary-text">Not recorded</span>;
  const date = (d: Date | null) => isoDate(d) ?? notRecorded;
  const rows = [
    { key: "Organisation", value: <Link className="govuk-link" href={`/organisations/${api.organisation.slug}`}>{api.organisation.name}</Link> },
    { key: "System", value: system ? <Link className="govuk-link" href={`/systems/${system.slug}`}>{system.name}</Link> : notRecorded },
    { key: "Documentation", value: documentation ? <ExternalLink href={documentation}>{api.documentationUrl}</ExternalLink> : notRecorded },
    { key: "Base URL", value: api.url ? <span className="break-all font-mono text-base">{api.url}</span> : notRecorded },
    { key: "Lifecycle", value: <LifecycleTag lifecycle={api.lifecycle} /> },
    ...(api.deprecatedAt ? [{ key: "Deprecated on", value: date(api.deprecatedAt) }] : []),
    ...(api.sunsetAt ? [{ key: "Switched off on", value: date(api.sunsetAt) }] : []),
    { key: "Who can use it", value: labelOf(VISIBILITY_LABELS, api.visibility) },
    { key: "Authentication", value: labelOf(AUTH_TYPE_LABELS, api.authType) },
    { key: "Serves a dataset", value: api.servesDataset ? "Yes" : "No" },
    { key: "Licence", value: api.licence ? <ExternalLink href={safeHref(api.licence)}>{api.licence}</ExternalLink> : notRecorded },
    { key: "Contact", value: contact ? <ExternalLink href={contact.href}>{contact.text}</ExternalLink> : notRecorded },
    { key: "Area served", value: api.areaServed ?? notRecorded },
    { key: "Tags", value: api.tags.length ? api.tags.map((t) => t.tag).join(", ") : notRecorded },
    { key: "Started", value: date(api.startDate) },
    ...(api.endDate ? [{ key: "Ended", value: date(api.endDate) }] : []),
    { key: "Added to the catalogue", value: date(api.dateAdded ?? api.createdAt) },
    { key: "Last updated", value: date(api.dateUpdated ?? api.updatedAt) },
  ];
  const [check, source] = await Promise.all([latestCheck(getDb(), viewer, api.id), sourceStatus(getDb(), api.id)]);
  const documented = await latestCheckedRevisionId(getDb(), api.id, check);
  const served = documented ? await servedDocumentation(getDb(), documented, documentationPart.parse((await searchParams).documentation)) : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/apis", text: "APIs" }, { text: api.name }]} />
      <SuccessBanner params={await searchParams} noun="API" />
      <RecordNotice status={api.status} lifecycle={api.lifecycle} noun="API" sunset={isoDate(api.sunsetAt)}>
        {can(viewer, "api.update", owner) ? (
          <ConfirmForm action={publishApiAction} record={{ id: api.id, version: api.version }} title={api.name} noun="API" button="Publish this API" buttonId="publish" reloadHref={`/apis/${api.slug}`} />
        ) : null}
      </RecordNotice>
      <span className="mb-1 block text-xl text-secondary-text">{api.organisation.name}</span>
      <h1 className="mb-4 text-4xl font-bold">{api.name}</h1>
      <ManageLinks label={`Manage ${api.name}`} links={recordActions(viewer, "api", api)} />
      <div className="mb-6">
        <Prose text={api.description || "No description has been given."} />
      </div>
      {documentation ? (
        <p className="mb-8">
          <a className="govuk-link text-xl font-bold" href={documentation} rel="noreferrer">
            Read the documentation for {api.name}
          </a>
        </p>
      ) : null}
      <h2 className="mb-4 text-2xl font-bold">About this API</h2>
      <SummaryList rows={rows} />
      <h2 className="mb-4 mt-8 text-2xl font-bold">OpenAPI description</h2>
      {check ? (
        <>
          <p className="mb-4">{api._count.specRevisions === 1 ? "One version has been stored." : `${api._count.specRevisions} versions have been stored.`}</p>
          <RevisionsNotice slug={api.slug} latest={check} count={api._count.specRevisions} />
          <SpecCheck check={check} />
        </>
      ) : (
        <p className="mb-4">The publisher has not given an OpenAPI description of this API yet.</p>
      )}
      <SpecSourceStatus apiId={api.id} source={source} canUpdate={can(viewer, "api.update", owner)} result={(await searchParams).source} action={refreshSpecSourceAction} />
      {documented ? <ApiDocumentationSection slug={api.slug} revisionId={documented} served={served} /> : null}
      <p className="text-base text-secondary-text">
        {api.source === "api.gov.uk" ? "This entry was imported from the api.gov.uk catalogue." : "This entry is kept by its publisher."}
      </p>
    </>
  );
}
