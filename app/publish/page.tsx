import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Button } from "@/components/Button";
import { LifecycleTag } from "@/components/LifecycleTag";
import { NotificationBanner } from "@/components/NotificationBanner";
import { Tag } from "@/components/Tag";
import { requireViewer } from "@/lib/auth/session";
import { organisationsFor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { publishingHome } from "@/lib/catalogue/publishing/queries";

export const metadata: Metadata = { title: "Publish" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StatusTag = ({ status }: { status: string }) => (status === "draft" ? <Tag colour="yellow">Draft</Tag> : <Tag colour="turquoise">Published</Tag>);

export default async function PublishPage({ searchParams }: Props) {
  const viewer = await requireViewer("/publish");
  const deleted = (await searchParams).deleted;
  const canPublish = organisationsFor(viewer, "api.create");
  const organisations = await publishingHome(getDb(), viewer);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Publish" }]} />
      {deleted === "api" || deleted === "system" ? <NotificationBanner type="success" heading={`The draft ${deleted === "api" ? "API" : "system"} has been deleted.`} /> : null}
      <h1 className="govuk-heading-l">Publish</h1>
      {canPublish !== "all" && canPublish.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">You cannot publish yet</h2>
          <p className="govuk-body">Your account is not linked to an organisation, so you cannot register systems or APIs.</p>
          <p className="govuk-body">Ask an administrator of the API Catalogue to add you to your organisation as a publisher. Tell them which organisation you work for.</p>
        </>
      ) : (
        <>
          <p className="govuk-body max-w-2xl">Register your organisation’s systems and APIs, and keep them up to date. New entries are drafts, seen only by your organisation’s publishers, until you publish them.</p>
          {canPublish === "all" ? <p className="govuk-body max-w-2xl">As an administrator you can also change any organisation’s systems and APIs from their pages.</p> : null}
          <div className="mb-8 flex flex-wrap gap-4">
            <Button href="/publish/systems/new">Register a system</Button>
            <Button href="/publish/apis/new" variant="secondary">Register an API</Button>
            <Button href="/publish/import" variant="secondary">Import from Backstage</Button>
            <Button href="/publish/clients" variant="secondary">API clients</Button>
          </div>
          {organisations.map((organisation) => (
            <section key={organisation.id} aria-labelledby={`org-${organisation.slug}`} className="mb-10">
              <h2 id={`org-${organisation.slug}`} className="govuk-heading-m">{organisation.name}</h2>
              <h3 className="govuk-heading-s">Systems</h3>
              <RecordList kind="systems" records={organisation.systems} empty="No systems registered yet." />
              <h3 className="govuk-heading-s">APIs</h3>
              <RecordList kind="apis" records={organisation.apis} empty="No APIs registered yet." />
            </section>
          ))}
        </>
      )}
    </>
  );
}

function RecordList({ kind, records, empty }: { kind: "apis" | "systems"; records: { id: string; slug: string; name: string; status: string; lifecycle: string }[]; empty: string }) {
  if (!records.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="mb-6 border-t border-border">
      {records.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border py-3">
          <Link className="govuk-link mr-auto font-bold" href={`/${kind}/${r.slug}`}>{r.name}</Link>
          <StatusTag status={r.status} />
          <LifecycleTag lifecycle={r.lifecycle} />
        </li>
      ))}
    </ul>
  );
}
