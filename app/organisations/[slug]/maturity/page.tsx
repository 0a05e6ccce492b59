import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { MaturityView } from "@/components/maturity/MaturityView";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { organisationMaturity, organisationNamed } from "@/lib/maturity/live";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await organisationNamed(getDb(), (await params).slug);
  return { title: organisation ? `Maturity of ${organisation.name}` : "Page not found" };
}

export default async function OrganisationMaturityPage({ params }: Props) {
  const found = await organisationMaturity(getDb(), await getViewer(), (await params).slug);
  if (!found) notFound();
  const { organisation, live } = found;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/organisations", text: "Organisations" }, { href: `/organisations/${organisation.slug}`, text: organisation.name }, { text: "Maturity" }]} />
      <span className="govuk-caption-l">{organisation.name}</span>
      <h1 className="govuk-heading-l">Maturity of the architecture</h1>
      <MaturityView live={live} name={organisation.acronym ?? organisation.name} owner={organisation.name} />
    </>
  );
}
