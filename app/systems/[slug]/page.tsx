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
import { SummaryList } from "@/components/SummaryList";
import { Tag } from "@/components/Tag";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { isSlug } from "@/lib/catalogue/publishing/fields";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { recordActions } from "@/lib/catalogue/publishing/record-actions";
import { getSystem } from "@/lib/catalogue/systems";
import { ConnectionsTable } from "@/components/estate/ConnectionsTable";
import { ExampleTag } from "@/components/estate/ConfirmationTag";
import { SystemReuse } from "@/components/estate/SystemReuse";
import { SystemDataSets } from "@/components/estate/SystemDataSets";
import { holdingsOfSystem } from "@/lib/estate/data-sets/report";
import { connectionsOfSystem } from "@/lib/estate/connections-queries";
import { systemHasApi } from "@/lib/estate/systems-list";
import { publishSystemAction } from "@/app/publish/systems/actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const HOSTING_LABELS: Record<string, string> = { cloud: "Cloud", "on-premises": "On premises", hybrid: "Hybrid (cloud and on premises)" };

// Hidden and missing systems look the same: "Page not found".
async function load(params: Props["params"]) {
  const { slug } = await params;
  const viewer = await getViewer();
  const system = isSlug(slug) ? await getSystem(getDb(), viewer, slug) : null;
  if (!system) notFound();
  return { viewer, system };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await formPageTitle((await load(params)).system.name) };
}

export default async function SystemPage({ params, searchParams }: Props) {
  const { viewer, system } = await load(params);
  const db = getDb();
  const [{ sends, receives }, hasApi, holdings] = await Promise.all([connectionsOfSystem(db, viewer, system.id), systemHasApi(db, viewer, system.id), holdingsOfSystem(db, system.id)]);
  const mayHold = system.status === "published" && system.lifecycle !== "retired" && can(viewer, "dataset.hold", { organisationId: system.organisationId });
  const mayDeclare = system.lifecycle !== "retired" && can(viewer, "connection.declare", { organisationId: system.organisationId });
  const mayPublish = system.status === "draft" && can(viewer, "system.update", { organisationId: system.organisationId });
  const rows = [
    { key: "Organisation", value: <Link className="govuk-link" href={`/organisations/${system.organisation.slug}`}>{system.organisation.name}</Link> },
    { key: "Lifecycle", value: <LifecycleTag lifecycle={system.lifecycle} /> },
    { key: "Has an API in the catalogue", value: hasApi ? "Yes" : "No" },
    { key: "Hosting", value: HOSTING_LABELS[system.hosting] ?? system.hosting },
    { key: "Owning team", value: system.ownerTeam ?? "Not recorded" },
    { key: "Contact", value: system.ownerEmail ? <a className="govuk-link" href={`mailto:${system.ownerEmail}`}>{system.ownerEmail}</a> : "Not recorded" },
  ];
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: `/organisations/${system.organisation.slug}`, text: system.organisation.name }, { text: system.name }]} />
      <SuccessBanner params={await searchParams} noun="system" />
      <RecordNotice status={system.status} lifecycle={system.lifecycle} noun="system">
        {mayPublish ? (
          <ConfirmForm action={publishSystemAction} record={{ id: system.id, version: system.version }} title={system.name} noun="system" button="Publish this system" buttonId="publish" reloadHref={`/systems/${system.slug}`} />
        ) : null}
      </RecordNotice>
      <span className="govuk-caption-l">System</span>
      <h1 className="govuk-heading-l">{system.name}</h1>
      {system.example ? (
        <p className="mb-6">
          <ExampleTag example /> <span className="ml-2">Part of the illustrative example estate, not a real system.</span>
        </p>
      ) : null}
      <ManageLinks label={`Manage ${system.name}`} links={recordActions(viewer, "system", system)} />
      <div className="mb-6">
        <Prose text={system.description || "No description has been given."} />
      </div>
      <SummaryList rows={rows} />
      <SystemReuse system={system} />
      <SystemDataSets holdings={holdings} declareHref={mayHold ? `/systems/${system.slug}/data-sets/new` : null} />
      <p className="govuk-body"><Link className="govuk-link" href={`/systems/${system.slug}/maturity`}>Maturity of this system, level by level</Link></p>
      <h2 className="govuk-heading-m">APIs of this system</h2>
      {system.apis.length ? (
        <ul className="mb-6 border-t border-border">
          {system.apis.map((api) => (
            <li key={api.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border py-3">
              <Link className="govuk-link mr-auto font-bold" href={`/apis/${api.slug}`}>{api.name}</Link>
              {api.status === "draft" ? <Tag colour="yellow">Draft</Tag> : null}
              <LifecycleTag lifecycle={api.lifecycle} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No APIs of this system are in the catalogue.</p>
      )}
      {can(viewer, "api.create", { organisationId: system.organisationId }) ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/publish/apis/new?system=${system.slug}`}>Register an API of this system</Link>
        </p>
      ) : null}
      <ConnectionsTable caption="Sends data to" otherHeading="Receiving system" connections={sends} empty="No connections sending data from this system are documented." />
      <ConnectionsTable caption="Receives data from" otherHeading="Sending system" connections={receives} empty="No connections bringing data into this system are documented." />
      {mayDeclare ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/systems/${system.slug}/connections/new`}>Add a connection</Link>
        </p>
      ) : null}
    </>
  );
}
