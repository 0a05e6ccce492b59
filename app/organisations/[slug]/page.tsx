import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CoverageAim, CoverageChart, ExampleNote } from "@/components/charts/Coverage";
import { LifecycleTag } from "@/components/LifecycleTag";
import { Tag } from "@/components/Tag";
import { getDb } from "@/lib/db";
import { safeHref } from "@/lib/catalogue/apis";
import { ORGANISATION_TYPE_LABELS, getOrganisation } from "@/lib/catalogue/organisations";
import { excerpt } from "@/lib/catalogue/search/highlight";
import { estateCoverage } from "@/lib/estate/coverage";
import { getViewer } from "@/lib/auth/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await getOrganisation(getDb(), await getViewer(), (await params).slug);
  return { title: organisation?.name ?? "Page not found" };
}

export default async function OrganisationPage({ params }: Props) {
  const viewer = await getViewer();
  const organisation = await getOrganisation(getDb(), viewer, (await params).slug);
  if (!organisation) notFound();
  const coverage = (await estateCoverage(getDb(), viewer, { organisationId: organisation.id })).organisations[0];
  const website = safeHref(organisation.website);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/organisations", text: "Organisations" }, { text: organisation.name }]} />
      <span className="mb-1 block text-xl text-secondary-text">{ORGANISATION_TYPE_LABELS[organisation.type] ?? organisation.type}</span>
      <h1 className="mb-4 text-4xl font-bold">
        {organisation.name}
        {organisation.acronym ? <span className="text-secondary-text"> ({organisation.acronym})</span> : null}
      </h1>
      {website ? (
        <p className="mb-6">
          <a className="govuk-link" href={website} rel="noreferrer">
            {organisation.name} website
          </a>
        </p>
      ) : null}

      <h2 className="mb-4 text-2xl font-bold">Systems</h2>
      {organisation.systems.length ? (
        <ul className="mb-8 space-y-4">
          {organisation.systems.map((system) => (
            <li key={system.id} id={`system-${system.slug}`} className="border-l-4 border-border pl-4">
              <h3 className="text-xl font-bold">
                <Link className="govuk-link" href={`/systems/${system.slug}`}>
                  {system.name}
                </Link>
                {system.example ? <Tag colour="grey" className="ml-2 align-middle">Example</Tag> : null}
              </h3>
              {system.description ? <p className="mb-2">{system.description}</p> : null}
              <p className="text-base text-secondary-text">
                {system.apis.length ? `${system.apis.length} ${system.apis.length === 1 ? "API" : "APIs"}: ${system.apis.map((a) => a.name).join(", ")}` : "No APIs registered"}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8">{organisation.name} has not registered any systems yet.</p>
      )}

      <h2 className="mb-4 text-2xl font-bold">How well {organisation.name} documents its systems</h2>
      <CoverageAim />
      <p className="mb-6"><Link className="govuk-link" href={`/organisations/${organisation.slug}/maturity`}>Maturity of {organisation.name}’s architecture, level by level</Link></p>
      {coverage ? (
        <>
          <ExampleNote examples={coverage.examples} />
          <CoverageChart figures={coverage} caption={`Coverage of ${organisation.acronym ?? organisation.name}`} id="coverage-table" />
        </>
      ) : (
        <p className="mb-8">There is nothing to measure until {organisation.name} registers a system.</p>
      )}

      <h2 className="mb-4 text-2xl font-bold">APIs ({organisation.apis.length})</h2>
      {organisation.apis.length ? (
        <ul className="border-t border-border">
          {organisation.apis.map((api) => (
            <li key={api.slug} className="border-b border-border py-3">
              <h3 className="text-lg font-bold">
                <Link className="govuk-link" href={`/apis/${api.slug}`}>
                  {api.name}
                </Link>
              </h3>
              <p className="mb-2 text-base">{excerpt(api.description, 200)}</p>
              <LifecycleTag lifecycle={api.lifecycle} />
              {/* Drafts reach this list only for their own organisation's publishers and admins. */}
              {api.status === "draft" ? <Tag colour="yellow" className="ml-2">Draft</Tag> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{organisation.name} has not published any APIs you can see.</p>
      )}
    </>
  );
}
