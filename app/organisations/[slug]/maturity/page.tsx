import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AssessmentPanel } from "@/components/maturity/AssessmentPanel";
import { MaturityView } from "@/components/maturity/MaturityView";
import { prepareAssessmentAction } from "@/app/assessments/actions";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { LevelHistory } from "@/components/maturity/LevelHistory";
import { lastPublished, levelHistory, openAssessment } from "@/lib/maturity/assessment-queries";
import { organisationMaturity, organisationNamed } from "@/lib/maturity/live";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await organisationNamed(getDb(), (await params).slug);
  return { title: organisation ? `Maturity of ${organisation.name}` : "Page not found" };
}

export default async function OrganisationMaturityPage({ params }: Props) {
  const viewer = await getViewer();
  const found = await organisationMaturity(getDb(), viewer, (await params).slug);
  if (!found) notFound();
  const { organisation, live } = found;
  const target = { organisationId: organisation.id };
  const [published, open, history] = await Promise.all([lastPublished(getDb(), organisation.id), openAssessment(getDb(), viewer, organisation.id), levelHistory(getDb(), organisation.id)]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/organisations", text: "Organisations" }, { href: `/organisations/${organisation.slug}`, text: organisation.name }, { text: "Maturity" }]} />
      <span className="govuk-caption-l">{organisation.name}</span>
      <h1 className="govuk-heading-l">Maturity of the architecture</h1>
      <AssessmentPanel
        organisation={organisation}
        published={published}
        open={open}
        canRead={can(viewer, "assessment.read", target)}
        {...(can(viewer, "assessment.prepare", target) ? { prepare: prepareAssessmentAction } : {})}
      />
      <LevelHistory history={history} name={organisation.name} />
      <h2 className="mb-4 text-2xl font-bold">Live grid</h2>
      <MaturityView
        live={live}
        name={organisation.acronym ?? organisation.name}
        owner={organisation.name}
        {...(can(viewer, "exemption.approve", target) ? { exemptHref: `/organisations/${organisation.slug}/maturity/exemptions/new` } : {})}
      />
    </>
  );
}
