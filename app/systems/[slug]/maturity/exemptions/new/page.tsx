import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ExemptionForm } from "@/components/maturity/ExemptionForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { systemToExempt } from "@/lib/maturity/exemption-pages";
import { approveExemptionAction } from "@/app/exemptions/actions";

type Props = { params: Promise<{ slug: string }> };
const TITLE = "Approve an exemption for this system";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function SystemExemptionPage({ params }: Props) {
  const { system, criteria } = await systemToExempt((await params).slug);
  const href = `/systems/${system.slug}/maturity`;
  return (
    <>
      <BackLink href={href} />
      <span className="govuk-caption-l">{system.name}</span>
      <ExemptionForm action={approveExemptionAction} target={{ organisationId: system.organisationId, systemId: system.id }} title={TITLE} criteria={criteria} cancelHref={href} />
    </>
  );
}
