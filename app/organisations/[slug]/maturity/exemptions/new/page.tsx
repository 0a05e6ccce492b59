import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ExemptionForm } from "@/components/maturity/ExemptionForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { organisationToExempt } from "@/lib/maturity/exemption-pages";
import { approveExemptionAction } from "@/app/exemptions/actions";

type Props = { params: Promise<{ slug: string }> };
const TITLE = "Approve an exemption";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function OrganisationExemptionPage({ params }: Props) {
  const { organisation, criteria } = await organisationToExempt((await params).slug);
  const href = `/organisations/${organisation.slug}/maturity`;
  return (
    <>
      <BackLink href={href} />
      <span className="govuk-caption-l">{organisation.name}</span>
      <ExemptionForm action={approveExemptionAction} target={{ organisationId: organisation.id }} title={TITLE} criteria={criteria} cancelHref={href} />
    </>
  );
}
